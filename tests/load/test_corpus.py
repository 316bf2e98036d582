"""The loader: front matter, cleaning, structure, publication dates and every bad-input case."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from briefings.errors import CorpusNotFound, EmptyCorpus
from briefings.load.corpus import load_corpus, split_front_matter
from tests.conftest import SEEDS, doc

WriteCorpus = Callable[[dict[str, str | bytes]], Path]


def test_front_matter_sets_title_source_url_and_date() -> None:
    """A front matter block gives the metadata and is not part of the text."""
    d = doc(
        "---\ntitle: Port strike ends\nsource: Gazette\nurl: https://example.org/a\npublished: 2024-03-05\n---\n"
        "Dockworkers returned to work on Tuesday after a deal was reached.\n"
    )
    assert (d.title, d.source, d.url, d.published, d.published_inferred) == (
        "Port strike ends",
        "Gazette",
        "https://example.org/a",
        date(2024, 3, 5),
        False,
    )
    assert all("title:" not in b.text for b in d.blocks)


def test_text_without_front_matter_is_left_whole() -> None:
    """No front matter: nothing is stripped."""
    meta, body = split_front_matter("Plain text --- with dashes.\n")
    assert meta == {} and body == "Plain text --- with dashes.\n"


def test_bad_published_value_falls_back_to_inference(caplog: pytest.LogCaptureFixture) -> None:
    """An unparseable published date is reported and the date is inferred from the text instead."""
    with caplog.at_level(logging.WARNING):
        d = doc(
            "---\npublished: last week\n---\nPublished: March 4, 2024\nThe council voted to close the bridge.\n"
        )
    assert d.published == date(2024, 3, 4) and d.published_inferred and d.published_basis == "stamp"
    assert "not YYYY-MM-DD" in caplog.text


@pytest.mark.parametrize(
    "chrome",
    [
        "Also Read: Ten things about ports you never knew",
        "Leave a Comment",
        "Your email address will not be published. Required fields are marked *",
        "Scroll to Top",
        "×",
        "Gallery Gallery Videos Videos Share on WhatsApp Share",
        "Share on Facebook",
        "Read more: Why the bridge closed",
        "► July 31: Worst month for ferry delays in a decade",
        "(Additional reporting by Tom Wells; Editing by Greta Lind)",
        "JUST WATCHED Police name the driver Replay More Videos ...",
        "Anyone with information about the March 3 fire is asked to call Crime Stoppers at 555-0142.",
    ],
)
def test_web_chrome_is_dropped(chrome: str) -> None:
    """Share bars, teasers, comment forms and lone symbols are not article text."""
    d = doc(f"The council voted to close the bridge on Monday.\n{chrome}\nRepairs will take a month.\n")
    texts = [b.text for b in d.blocks]
    assert chrome not in texts
    assert texts == ["The council voted to close the bridge on Monday.", "Repairs will take a month."]


def test_headings_bullets_and_sections() -> None:
    """Headings are recognised and every later block knows the heading it stands under."""
    d = doc(
        "City Council Closes Bridge\nThe council voted to close the bridge.\nWhat to Watch\n"
        "- Will repairs finish by June?\n• Who pays for the detour?\n## Reactions\nResidents were angry.\n"
    )
    kinds = [(b.kind, b.section) for b in d.blocks]
    assert kinds == [
        ("heading", None),
        ("paragraph", "City Council Closes Bridge"),
        ("heading", None),
        ("bullet", "What to Watch"),
        ("bullet", "What to Watch"),
        ("heading", None),
        ("paragraph", "Reactions"),
    ]
    assert d.title == "City Council Closes Bridge"


def test_sentence_ending_line_is_not_a_heading() -> None:
    """A short line that ends with a full stop is a paragraph, not a heading."""
    d = doc("The stakes could not be higher.\nMore text follows here.\n")
    assert [b.kind for b in d.blocks] == ["paragraph", "paragraph"]


def test_simple_date_event_table_becomes_rows() -> None:
    """A "Date Event" table is read as rows of (date, event)."""
    d = doc(
        "Timeline\nDate Event\nMar 3, 2024 Council votes to close bridge\nLate Mar 2024 Repairs begin\n"
        "Apr 2024 (TBD) Bridge reopens\nAfterwards life went on.\n"
    )
    rows = [b.cells for b in d.blocks if b.kind == "table_row"]
    assert rows == [
        ("Mar 3, 2024", "Council votes to close bridge"),
        ("Late Mar 2024", "Repairs begin"),
        ("Apr 2024 (TBD)", "Bridge reopens"),
    ]
    assert d.blocks[-1].kind == "paragraph"


def test_pipe_table_rows_are_recognised() -> None:
    """Markdown pipe tables become rows with cells; the rule line is dropped."""
    d = doc("Intro line here.\n| Date | Event |\n|---|---|\n| 2024-03-03 | Vote |\n")
    rows = [b.cells for b in d.blocks if b.kind == "table_row"]
    assert rows == [("Date", "Event"), ("2024-03-03", "Vote")]


def test_an_event_date_alone_does_not_date_the_article() -> None:
    """The latest day an article mentions is an event (a sentencing, a background year), not its publication."""
    d = doc(
        "A report dated March 6, 2024, showed losses.\nThe news broke late Thursday evening.\n"
        "The verdict came on March 20, 2024.\n"
    )
    assert d.published is None and not d.published_inferred


def test_a_timestamp_line_dates_the_article() -> None:
    """A line that is only a date, time and zone ("October 20, 2025 6:03 PM EDT") is the publication stamp."""
    d = doc(
        "Harbour deal signed\nOctober 20, 2025 6:03 PM EDT\nThe sentencing is set for December 2, 2025.\n"
    )
    assert (d.published, d.published_basis) == (date(2025, 10, 20), "timestamp line")
    d = doc("Harbour deal signed\nThe deal was signed on Monday.\nMarch 27, 2008\n")
    assert d.published == date(2008, 3, 27)


def test_an_opening_line_led_by_a_date_dates_the_article() -> None:
    """ "7 July 2017 Water board statement on ..." opens with the day the text was issued."""
    d = doc(
        "7 July 2017 Water board statement on the outage\nThe board asked the regulator for an inquiry today.\n"
    )
    assert (d.published, d.published_basis) == (date(2017, 7, 7), "opening date")


def test_a_caption_date_with_its_weekday_dates_the_article_when_the_weekdays_agree() -> None:
    """ "Tuesday, Oct. 30, 2012" in a caption dates the article unless a weekday named for past news may follow it."""
    caption = "Crews clear a flooded street in Lorwick, Tuesday, Oct. 30, 2012.\n"
    agree = doc(caption + "The storm made landfall Monday night, officials said Tuesday.\n")
    assert (agree.published, agree.published_basis) == (date(2012, 10, 30), "dated post or caption")
    later = doc(caption + "Power was restored on Wednesday, the utility said.\n")
    assert later.published is None
    planned = doc(caption + "The exchange will reopen on Wednesday.\n")
    assert planned.published == date(2012, 10, 30)


def test_a_weekday_named_for_a_planned_event_does_not_undo_a_caption_date() -> None:
    """ "Wednesday's hearing is the first one" tells no tense; the article plans the hearing "on Wednesday", so it
    is no past news after the caption's Tuesday and the caption dates the article. Named as past, it undoes it."""
    caption = "Crews clear a flooded street in Lorwick, Tuesday, Oct. 30, 2012.\n"
    planned = doc(
        caption
        + "The council will hold a hearing on Wednesday. Wednesday's hearing is the first one since the flood.\n"
    )
    assert planned.published == date(2012, 10, 30)
    unplanned = doc(caption + "Wednesday's hearing is the first one since the flood.\n")
    assert unplanned.published is None


def test_an_embedded_post_is_a_lower_bound() -> None:
    """ "— Jane Doe (@jdoe) March 2, 2016": the article is as new as the post it embeds."""
    d = doc("The senator replied within hours. We will not back down. — Jane Doe (@janedoe) March 2, 2016\n")
    assert d.published == date(2016, 3, 2)


def test_planned_dates_are_not_taken_as_publication_date() -> None:
    """A date in a sentence about plans ("is set to") is not evidence of publication."""
    d = doc(
        "The mayor spoke on Thursday, May 2, 2024.\nShe is set to open the bridge on Thursday, May 9, 2024.\n"
    )
    assert d.published == date(2024, 5, 2)


def test_no_date_at_all_leaves_publication_unknown() -> None:
    """Without any dated event the publication date is unknown, not guessed."""
    d = doc("Nothing here names a day. It is all description.\n")
    assert d.published is None and not d.published_inferred


def test_bad_files_are_skipped_with_a_reason_and_the_rest_loads(
    write_corpus: WriteCorpus, caplog: pytest.LogCaptureFixture
) -> None:
    """Not UTF-8, empty, binary, too large: each is skipped with a warning naming it; good files load."""
    folder = write_corpus(
        {
            "good.txt": "The council voted on March 3, 2024, to close the bridge.\n",
            "latin1.txt": "Caf\xe9 ferm\xe9".encode("latin-1"),
            "empty.txt": "   \n",
            "binary.md": b"\x89PNG\x00\x00\x01",
            "big.txt": "word " * 400,
            "notes.csv": "ignored, not an article",
        }
    )
    with caplog.at_level(logging.WARNING):
        result = load_corpus(folder, max_bytes=1000)
    assert [d.id for d in result.documents] == ["good"]
    reasons = {s.path.name: s.reason for s in result.skipped}
    assert set(reasons) == {"latin1.txt", "empty.txt", "binary.md", "big.txt"}
    assert "UTF-8" in reasons["latin1.txt"] and "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.md"] and "1,000-byte cap" in reasons["big.txt"]
    for name in reasons:
        assert name in caplog.text


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    """A folder that does not exist raises CorpusNotFound naming it."""
    with pytest.raises(CorpusNotFound, match="nope"):
        load_corpus(tmp_path / "nope")


def test_folder_without_articles_is_a_clear_error(write_corpus: WriteCorpus) -> None:
    """A folder with no loadable article raises EmptyCorpus."""
    folder = write_corpus({"empty.txt": ""})
    with pytest.raises(EmptyCorpus, match="1 file"):
        load_corpus(folder)


def test_seeds_load_with_inferred_dates() -> None:
    """All five seed articles load; one dates itself, the others are estimated from the story as Oct 16, 2025."""
    result = load_corpus(SEEDS)
    assert len(result.documents) == 5 and not result.skipped
    assert {d.published for d in result.documents} == {date(2025, 10, 16), None}
    assert {d.reference_day for d in result.documents} == {date(2025, 10, 16)}
    assert all(d.published_inferred for d in result.documents if d.published)


def test_bylines_credits_and_wire_footers_are_dropped_but_sentences_starting_with_by_are_kept() -> None:
    """Who wrote it and who took the photo are not article text; "By the end of the week" is."""
    d = doc(
        "Port Strike Ends\nBy Jane Doe and John Smith, Reuters\nPhoto: Getty Images\n"
        "By the end of the week, dockworkers had returned to work.\n(Photo by Ann Lee/AP)\n"
        "Reporting by Jane Doe; Editing by Tom Lee\nRelated\n"
    )
    assert [b.text for b in d.blocks] == [
        "Port Strike Ends",
        "By the end of the week, dockworkers had returned to work.",
    ]


def test_a_publication_stamp_gives_the_date() -> None:
    """ "Updated 10:32 AM EST, Tue March 5, 2024" dates the article (from its text) and is not article text."""
    d = doc(
        "Port Strike Ends\nUpdated 10:32 AM EST, Tue March 5, 2024\nDockworkers returned to work on Friday, "
        "March 1, 2024, after nine days.\n"
    )
    assert (d.published, d.published_inferred) == (date(2024, 3, 5), True)
    assert all("Updated" not in b.text for b in d.blocks)


def test_a_dateline_dates_the_article_and_the_corpus_lends_its_year(write_corpus: WriteCorpus) -> None:
    """ "Brussels, June 14 (Newswire) -" with no year in the article takes the other articles' year."""
    folder = write_corpus(
        {
            "a.txt": "The board approved the merger on June 12, 2024, after a long night.\n",
            "c.txt": "Published: June 13, 2024\nThe board's vote was close.\n",
            "b.txt": "Brussels, June 14 (Newswire) - Officials began a review. The regulator has until July 22 to "
            "decide, a spokesperson said on Friday.\n",
        }
    )
    dated = {d.id: d.published for d in load_corpus(folder).documents}
    assert dated == {"a": None, "b": date(2024, 6, 14), "c": date(2024, 6, 13)}


@pytest.mark.parametrize(
    "caption",
    [
        "Inspectors walk under the bridge on Monday. (AP Photo/Jane Roe)",
        "A crowd gathers outside the court. (Sam Lee/The Daily Ledger)",
        "Firefighters at the scene (Photo: Metro Fire Department)",
        "Hide Caption 3 of 9 Photos: Traffic queues at the ring road.",
        "Residents wade through floodwaters in Lorwick, N.J., on Tuesday.",
        "The tower is seen from Main Street on Tuesday, July 18, 2017 in Lorwick, Calif.",
        "Senator Ann Vo speaks on Oct. 3, 2015, in Lorwick. Photographer: Sam Lee/Getty Images",
        "Mill Tower is seen from Main Street. Photo: Sam Lee / The Ledger Image 1 of / 25 Caption Close",
    ],
)
def test_photo_captions_are_blocks_of_their_own(caption: str) -> None:
    """A caption closed by a credit or opened by a gallery label is a caption, not a paragraph of prose."""
    kinds = [b.kind for b in doc(f"The council met on Monday.\n{caption}\n").blocks]
    assert kinds == ["paragraph", "caption"]


@pytest.mark.parametrize(
    "prose",
    [
        "The mayor walks a fine line on taxes, aides said on Tuesday.",
        "Crews cleared the road on Tuesday and the bridge reopened.",
        "The senator stands by her vote. She will hold a town hall on Friday in Lorwick.",
    ],
)
def test_present_tense_prose_is_not_a_caption(prose: str) -> None:
    """Reported speech, past tense or more than one sentence is the article's prose, not a picture's caption."""
    kinds = [b.kind for b in doc(f"The council met on Monday.\n{prose}\n").blocks]
    assert kinds == ["paragraph", "paragraph"]


def test_a_dangling_link_is_skipped_with_a_warning_and_the_corpus_still_loads(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A link to a removed file is named in a warning; the other articles load and the bot's change check works."""
    from bot.service import corpus_signature

    (tmp_path / "good.txt").write_text(
        "The council met on Monday to discuss the bridge repairs.\n", encoding="utf-8"
    )
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    with caplog.at_level(logging.WARNING):
        result = load_corpus(tmp_path)
    assert [d.id for d in result.documents] == ["good"]
    assert [s.path.name for s in result.skipped] == ["gone.txt"]
    assert "gone.txt" in caplog.text and "does not exist" in caplog.text
    assert ("gone.txt", -1, -1) in corpus_signature(tmp_path)


def test_a_stamp_in_figures_dates_the_article_only_when_day_and_month_cannot_be_swapped() -> None:
    """ "Posted: 10/30/2012 … Updated: 10/31/2012" is first published on Oct 30; "Posted 05/06/2016" could be May 6
    or June 5, so the article stays undated."""
    from briefings.load.published import publication_evidence

    dated = publication_evidence(["Posted: 10/30/2012 3:45 pm EDT Updated: 10/31/2012", "Storm news."], [])
    assert dated is not None and dated.day.isoformat() == "2012-10-30"
    assert publication_evidence(["Posted 05/06/2016", "Storm news."], []) is None


def test_invisible_formatting_characters_do_not_split_a_name(tmp_path: Path) -> None:
    """A soft hyphen or a zero-width space inside a name ("Ser\\u00adgei Vol\\u200bkov") is dropped on loading,
    so the person is found whole."""
    from briefings import build_briefing

    (tmp_path / "a.txt").write_text(
        "---\npublished: 2024-03-10\n---\nForeign Minister Ser\u00adgei Vol\u200bkov said on Monday the talks "
        "would go on. Ser\u00adgei Vol\u200bkov met the envoy on Tuesday.\n",
        encoding="utf-8",
    )
    docs = load_corpus(tmp_path).documents
    assert "\u00ad" not in docs[0].blocks[0].text and "\u200b" not in docs[0].blocks[0].text
    people = [p.name for p in build_briefing(docs, as_of=date(2024, 3, 12)).people]
    assert "Sergei Volkov" in people


def test_a_dated_question_is_no_lower_bound() -> None:
    """ "Do you remember where you were on Tuesday 12 January, 2010?" recalls a day: it does not date the article
    as it would told as news."""
    asked = doc("Do you remember where you were on Tuesday 12 January, 2010?\nThe town rebuilt.\n")
    assert asked.published is None
    told = doc("Crews cleared the square on Tuesday 12 January, 2010.\nThe town rebuilt.\n")
    assert told.published == date(2010, 1, 12)


def test_an_older_piece_keeps_the_estimate_its_dated_caption_proves(write_corpus: WriteCorpus) -> None:
    """An undated piece whose caption reads "Tuesday, July 16, 2024", in a story of November, is not dated (its
    "Friday" may fall after the caption), but its relative dates are read from July 16, not dropped; a piece whose
    latest day is a plain date that far off gets no estimate."""
    folder = write_corpus(
        {
            "a.txt": "---\npublished: 2024-11-05\n---\nThe tower's owners agreed to a repair plan on Monday.\n",
            "b.txt": "---\npublished: 2024-11-06\n---\nThe repair plan was approved on Tuesday.\n",
            "c.txt": "The tower is seen from Main Street on Tuesday, July 16, 2024 in Lorwick.\nInspectors were "
            "sent to the tower on Tuesday, the city said. Its lean grew on Friday, engineers said.\n",
            "d.txt": "The tower opened on July 16, 2024, and its lean grew on Friday, engineers said.\n",
        }
    )
    docs = {d.id: d for d in load_corpus(folder).documents}
    assert (docs["c"].published, docs["c"].published_estimate) == (None, date(2024, 7, 16))
    assert (docs["d"].published, docs["d"].published_estimate) == (None, None)
