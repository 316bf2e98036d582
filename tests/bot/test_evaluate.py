"""`briefbot eval`: every system scored at one budget, accents folded, table and JSON printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.evaluate import SYSTEMS, evaluate, fold_accents
from briefings.load.corpus import load_corpus
from tests.conftest import SEEDS

REFERENCE = (
    Path(__file__).resolve().parents[1] / "payloads" / "seeds-reference-summary.txt"
)  # copy of shared/eval
SMALL_REF = (
    "The city council closed the river bridge after inspectors found cracks.\n"
    "Repairs will cost two million dollars.\n"
)


def small_corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        "Bridge Closed\nThe city council voted on Wednesday to close the river bridge after inspectors found cracks. "
        "The mayor said repairs would cost about two million dollars over six months. "
        "Local cafes near the bridge reported fewer customers.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Council Shuts Bridge\nInspectors found deep cracks in the river bridge, and the council voted to close it. "
        "Repairs are expected to cost two million dollars, the mayor said. A cyclist group planned a protest ride.\n"
    )
    return tmp_path


def test_accents_are_folded_before_scoring() -> None:
    """ "Orbán" scores as "Orban", so the tokenizer does not split it."""
    assert fold_accents("Viktor Orbán, Zelenskyy") == "Viktor Orban, Zelenskyy"


def test_every_system_is_scored_within_the_same_budget(tmp_path: Path) -> None:
    """Ours, three sumy baselines and lead each produce a summary no longer than the budget."""
    docs = load_corpus(small_corpus(tmp_path)).documents
    scores = evaluate(docs, SMALL_REF, budget=25)
    assert [s.system for s in scores] == list(SYSTEMS)
    for s in scores:
        assert 0 < s.words <= 25
        assert 0.0 <= s.rouge2 <= s.rouge1 <= 1.0


def test_cli_prints_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The table has a row per system; --json prints the same scores."""
    ref = tmp_path / "ref.txt"
    ref.write_text(SMALL_REF)
    (tmp_path / "c").mkdir()
    corpus = small_corpus(tmp_path / "c")
    assert main(["eval", "--corpus", str(corpus), "--reference", str(ref), "--words", "25"]) == 0
    table = capsys.readouterr().out
    assert "ROUGE-Lsum" in table and all(name in table for name in SYSTEMS)
    assert main(["eval", "--corpus", str(corpus), "--reference", str(ref), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["budget"] == sum(len(line.split()) for line in SMALL_REF.splitlines())
    assert {s["system"] for s in data["scores"]} == set(SYSTEMS)


def test_missing_reference_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reference file that cannot be read is a clear error naming it."""
    assert main(["eval", "--corpus", str(SEEDS), "--reference", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_on_the_seeds_our_summary_beats_every_baseline() -> None:
    """With the human reference for the seeds, ours leads on ROUGE-1, ROUGE-2 and ROUGE-Lsum."""
    scores = {
        s.system: s for s in evaluate(load_corpus(SEEDS).documents, REFERENCE.read_text(encoding="utf-8"))
    }
    ours = scores.pop("briefbot")
    for other in scores.values():
        assert ours.rouge1 > other.rouge1 and ours.rouge2 > other.rouge2 and ours.rougeLsum > other.rougeLsum
