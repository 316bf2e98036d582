"""The multi-document summary: corroborated, cited, not repetitive, within budget, no fragments."""

from __future__ import annotations

from briefings.summary import is_summary_worthy, summarize
from tests.conftest import sentences

A = (
    "Bridge Closed\nThe city council voted on Wednesday to close the river bridge after inspectors found deep cracks. "
    "The mayor said repairs would cost about two million dollars over six months. "
    "Local cafes near the bridge reported fewer customers in the afternoon.\n"
)
B = (
    "Council Shuts Bridge\nInspectors found deep cracks in the river bridge, and the city council voted to close it. "
    "Repairs are expected to cost two million dollars, the mayor said. "
    "A cyclist group planned a protest ride for the weekend near the old mill.\n"
)
C = (
    "River Crossing Shut\nThe council closed the river bridge on Wednesday because inspectors had found cracks. "
    "Commuters face detours of up to twenty minutes while the bridge is shut.\n"
)


def test_corroborated_sentences_lead_and_cite_their_sources() -> None:
    """What several sources report is picked, and each pick cites every source that carries it."""
    summary = summarize(sentences(A, B, C), words=40)
    assert summary[0].support == 3 and set(summary[0].sources) == {"s0", "s1", "s2"}
    assert "cracks" in summary[0].text


def test_no_sentence_says_the_same_thing_twice() -> None:
    """Only one of the three near-identical closure sentences is picked."""
    summary = summarize(sentences(A, B, C), words=200)
    assert sum("cracks" in s.text for s in summary) == 1


def test_word_budget_is_respected() -> None:
    """The summary stays within about N words."""
    summary = summarize(sentences(A, B, C), words=40)
    assert sum(len(s.text.split()) for s in summary) <= 40


def test_headings_questions_fragments_and_chrome_are_never_summary_sentences() -> None:
    """Only complete, self-standing statements qualify."""
    assert not is_summary_worthy("Bridge Closed")
    assert not is_summary_worthy("Will the bridge reopen before the summer holidays begin this year?")
    assert not is_summary_worthy("This marks the most significant closure the city has seen in years.")
    assert not is_summary_worthy("Potential long-term repercussions for the city include:")
    assert is_summary_worthy(
        "The council closed the river bridge on Wednesday because inspectors found cracks."
    )


def test_empty_input_gives_an_empty_summary() -> None:
    """No candidate sentences, no summary, no crash."""
    assert summarize(sentences("Will it rain?\nMaybe so.\n")) == []


def test_datelines_of_every_form_are_stripped() -> None:
    """Capital-letter, agency and dated datelines go; a dash inside a sentence stays."""
    from briefings.sentences import strip_dateline

    assert strip_dateline("Brussels, June 14 (Newswire) - Officials met.") == "Officials met."
    assert strip_dateline("New York (AP) — Stocks fell.") == "Stocks fell."
    assert strip_dateline("Paris, Oct. 3 - The talks ended.") == "The talks ended."
    assert (
        strip_dateline("Halvera Technologies — the chipmaker — said so.")
        == "Halvera Technologies — the chipmaker — said so."
    )


def test_after_the_lead_the_summary_follows_publication_order() -> None:
    """In a story told over days, older reports come before newer ones after the lead sentence."""
    from datetime import date

    ss = sentences(A, B, C)
    summary = summarize(
        ss, words=200, published={"s0": date(2024, 3, 9), "s1": date(2024, 3, 8), "s2": date(2024, 3, 7)}
    )
    order = [min(s.sources) if len(s.sources) == 1 else None for s in summary[1:]]
    dated = [{"s0": 9, "s1": 8, "s2": 7}[o] for o in order if o]
    assert len(dated) >= 2 and dated == sorted(dated)


def test_a_source_with_a_different_figure_is_not_cited_as_support() -> None:
    """Three sources tell the same toll sentence with 120, 241 and 120 dead: the one saying 241 backs neither."""
    told = [
        "Quake\nThe earthquake near Lorwick killed 120 people and destroyed the old market, officials said.\n",
        "Quake Toll\nThe earthquake near Lorwick killed 241 people and destroyed the old market, officials said.\n",
        "Lorwick Quake\nThe earthquake near Lorwick killed 120 people and destroyed the old market, officials said.\n",
    ]
    summary = summarize(sentences(*told), words=60)
    for s in summary:
        if "120" in s.text:
            assert "s1" not in s.sources and {"s0", "s2"} <= set(s.sources)
        if "241" in s.text:
            assert s.sources == ("s1",)


def test_the_lead_is_an_opening_sentence_even_when_a_later_one_is_repeated_more() -> None:
    """A background line every source repeats low in its article does not push the news out of the lead."""
    background = "The old market was built in 1890 and has drawn tourists to the river for a century. "
    told = [
        f"Fire\nA fire destroyed the old market in Lorwick on Sunday night, forcing 40 families from homes. "
        f"Crews fought it for hours. Roads were closed. {background}\n",
        f"Market Fire\nFire crews fought the blaze at the old market for hours. Roads stayed closed nearby. "
        f"Shops were shut. {background}\n",
        f"Lorwick\nRoads near the river stayed closed on Monday. Shops were shut all day. {background}\n",
    ]
    summary = summarize(sentences(*told), words=30)
    assert summary[0].text.startswith(("A fire destroyed", "Fire crews fought", "Roads near the river"))
