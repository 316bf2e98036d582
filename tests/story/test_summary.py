"""The multi-document summary: corroborated, cited, not repetitive, within budget, no fragments."""

from __future__ import annotations

from datetime import date, timedelta

from pytest import MonkeyPatch

from briefings.article.summary_candidates import is_summary_worthy
from briefings.story.summary import summarize
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
    from briefings.extract.datelines import strip_dateline

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


def _long_story(days: int) -> tuple[list[str], dict[str, date]]:
    """A made-up story told by two sources a day for `days` days, then, after a quiet month, by four short
    reports of one line each."""
    texts, published = [], {}
    start = date(2024, 1, 1)
    syllables = ["ba", "ko", "ri", "tu", "ne", "sa", "vi", "lo"]

    def made_up(n: int, k: int) -> str:
        """A made-up place or crew name of its own for each day and slot."""
        return (syllables[n % 8] + syllables[(n // 8 + 3 * k) % 8] + syllables[k % 8] + "n").capitalize()

    for n in range(days):
        for _ in range(2):
            texts.append(
                f"Day {n}\nWorkers from {made_up(n, 0)} repaired {n + 2} pumps at {made_up(n, 1)} quarry. "
                f"{made_up(n, 2)} council thanked the {made_up(n, 3)} volunteers on day {n}.\n"
            )
            published[f"s{len(texts) - 1}"] = start + timedelta(days=n)
    late = [
        "The Lorwick flood inquiry published its final report on the levee failures on Monday.",
        "The report blamed years of missed repairs on the Lorwick levees for the flooding.",
        "The city council promised to rebuild every damaged levee section within two years.",
        "Residents said the inquiry report came too late for the families forced from their homes.",
    ]
    for k, line in enumerate(late):
        texts.append(f"Report\n{line}\n")
        published[f"s{len(texts) - 1}"] = start + timedelta(days=days + 30 + k)
    return texts, published


def test_a_long_story_gets_more_lines_and_only_recent_ones_past_the_budget(monkeypatch: MonkeyPatch) -> None:
    """Past the budget, a story of many sources adds only lines from its last weeks; a short one does not."""
    import briefings.story.summary as summary_module

    texts, published = _long_story(summary_module.LONG_STORY_SOURCES // 2 + 5)
    ss = sentences(*texts)
    longer = summarize(ss, words=40, published=published)
    monkeypatch.setattr(summary_module, "LONG_STORY_EXTRA", 0.0)
    budget = {s.text for s in summarize(ss, words=40, published=published)}
    newest = max(published.values())
    extra = [s for s in longer if s.text not in budget]
    assert budget <= {s.text for s in longer} and extra
    assert sum(len(s.text.split()) for s in longer) > 40
    for s in extra:
        assert any((newest - published[x]).days < summary_module.RECENT_DAYS for x in s.sources)
    monkeypatch.undo()
    short = summarize(sentences(*texts[-6:]), words=40, published=published)
    assert sum(len(s.text.split()) for s in short) <= 40


def test_a_shortlist_keeps_the_lead_and_the_latest_weeks_lines(monkeypatch: MonkeyPatch) -> None:
    """Past SUMMARY_SHORTLIST candidates only the lines a cheap centrality ranks best, and every opening line,
    are scored in full: however short the shortlist, the lead and the lines of the latest weeks are the ones
    scoring every line gives."""
    import briefings.story.summary as summary_module

    texts, published = _long_story(summary_module.LONG_STORY_SOURCES // 2 + 5)
    ss = sentences(*texts)
    monkeypatch.setattr(summary_module, "SUMMARY_SHORTLIST", 10**6)
    every = summarize(ss, words=40, published=published)
    newest = max(published.values())
    latest = {
        s.text
        for s in every
        if all((newest - published[x]).days < summary_module.RECENT_DAYS for x in s.sources)
    }
    assert latest and len(every) > len(latest)
    for size in (1, 5, 20):
        monkeypatch.setattr(summary_module, "SUMMARY_SHORTLIST", size)
        shortlisted = summarize(ss, words=40, published=published)
        assert shortlisted[0] == every[0] and latest <= {s.text for s in shortlisted}


def test_a_line_the_corpus_prints_on_many_days_is_left_out_by_its_kept_key() -> None:
    """A candidate carries its recurrence key, and the summary leaves out a candidate whose key the story's
    recurring lines hold (furniture), keeping the others."""
    from briefings.article.line_keys import line_key
    from briefings.article.summary_candidates import summary_candidates
    from briefings.story.furniture import Recurrence

    ss = sentences(A, B, C)
    candidates = summary_candidates(ss)
    assert all(c.key == line_key(c.text) for c in candidates)
    chosen = summarize(ss, candidates=candidates)
    first = chosen[0].text
    furniture = Recurrence(frozenset({line_key(first)}), frozenset())
    after = summarize(ss, candidates=candidates, recurring=furniture)
    assert after and first not in {s.text for s in after}
