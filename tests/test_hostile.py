"""Hostile articles never crash or stall the build: generated run-ons, date floods, name floods, control and
bidirectional characters, absurd dates. Each case runs under a timeout, so a stall fails instead of hanging."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings import build_briefing, load_corpus
from briefings.errors import BriefbotError

WORDS = ["Mayor", "Ana", "Ruiz", "said", "on", "Monday", "the", "bridge", "will", "reopen", "in", "257077", "days",
         "March", "5,", "2024", "“We", "are", "ready,”", "he", "said.", "Dr.", "J.R.", "Vo", "--", "\u202e", "\x07",
         "0001-01-01", "9999", "killed", "40", "people", "more", "than", "(@x)", "—", "What", "watch:"]  # fmt: skip


def piece(kind: str, n: int, seed: list[str]) -> str:
    """One hostile article body of a given kind and size."""
    if kind == "run_on":
        return " ".join(seed * (n // max(len(seed), 1) + 1))[: n * 6] + "\n"
    if kind == "dates":
        return "\n".join(
            f"On March {1 + i % 28}, {1990 + i % 40} the council met for the {i}th time." for i in range(n)
        )
    if kind == "names":
        return " ".join(
            f"Senator Ann{i} Vo{i} said “No {i},” and Mayor Bo{i} Li{i} told reporters." for i in range(n)
        )
    return "\n".join(seed) * (n // 10 + 1)


@pytest.mark.timeout(300)
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    kinds=st.lists(st.sampled_from(["run_on", "dates", "names", "lines"]), min_size=1, max_size=3),
    n=st.integers(min_value=50, max_value=2000),
    seed=st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
    published=st.sampled_from(["0001-01-01", "9999-12-31", "2024-03-05", "not a date"]),
)
def test_hostile_corpora_build_or_fail_with_a_documented_error(
    tmp_path_factory: pytest.TempPathFactory, kinds: list[str], n: int, seed: list[str], published: str
) -> None:
    """Any mix of hostile articles gives a briefing (or a documented corpus error), never another exception."""
    folder = tmp_path_factory.mktemp("hostile")
    for i, kind in enumerate(kinds):
        name = f"{i}_{kind}\u202etxt.exe\x07.txt"
        (folder / name).write_text(
            f"---\npublished: {published}\n---\n{piece(kind, n, seed)}", encoding="utf-8"
        )
    logging.disable(logging.WARNING)
    try:
        briefing = build_briefing(load_corpus(folder).documents, as_of=date(2024, 3, 10))
    except BriefbotError:
        return
    finally:
        logging.disable(logging.NOTSET)
    assert briefing.sources and all(
        date(1000, 1, 1) <= k.start <= date(2999, 12, 31) for k in briefing.key_dates
    )


def test_absurd_dates_are_dropped_with_a_warning_naming_the_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """ "published: 0001-01-01" is named in a warning (escaped) and ignored; "in 257077 days" gives no date."""
    (tmp_path / "odd\u202ename.txt").write_text(
        "---\npublished: 0001-01-01\n---\nThe bridge will reopen in 257077 days, the mayor said on March 5, 2024.\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        docs = load_corpus(tmp_path).documents
    assert "odd\\u202ename.txt" in caplog.text and "outside the years" in caplog.text
    briefing = build_briefing(docs, as_of=date(2024, 3, 10))
    assert [k.date for k in briefing.key_dates] == ["2024-03-05"]


ADVERSARIAL_LINES = [
    "By " + "Xyand" * 40 + "Xy!",  # the byline rule once backtracked exponentially on this
    "By " + "Xy and " * 60 + "Xy!",
    "By " + "Ab-" * 80 + "Cd",
    " ".join(f"Xy{i} Zw{i}" for i in range(3000)),  # a long run of name-like words
    "“" * 2000 + "He said" + "”" * 2000,  # nested quotes
    "9" * 20000 + " people were killed",  # thousands of digits
    "On " + "March 5, " * 3000 + "2024 the council met.",
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("line", ADVERSARIAL_LINES, ids=lambda line: line[:12])
def test_adversarial_lines_go_through_every_pattern_quickly(line: str, tmp_path: Path) -> None:
    """Each line, alone and as a paragraph of an article, loads and builds within the timeout."""
    (tmp_path / "a.txt").write_text(
        f"{line}\nThe council met on Monday and said it would vote.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(f"The council said on Monday that {line}\n", encoding="utf-8")
    documents = load_corpus(tmp_path).documents
    briefing = build_briefing(documents, as_of=date(2024, 3, 5))
    assert briefing.sources and {s.id for s in briefing.sources} <= {
        "a",
        "b",
    }  # the two may be one story's copies


@pytest.mark.timeout(60)
def test_a_runaway_line_is_read_to_its_first_20000_characters_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A 1.5 MB line loads (cut at a space, the file named in the warning); the real paragraphs around it stay."""
    runaway = " ".join(f"word{i % 97}" for i in range(250_000))
    (tmp_path / "huge.md").write_text(
        f"The council met on Monday, officials said.\n{runaway}\nThe vote is set for March 9, 2024.\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        (document,) = load_corpus(tmp_path).documents
    assert any("huge.md: line 2 is" in r.getMessage() and "20,000" in r.getMessage() for r in caplog.records)
    texts = [b.text for b in document.blocks]
    assert max(len(t) for t in texts) <= 20_000 and "March 9, 2024" in texts[-1]
