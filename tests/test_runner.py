"""The runner: per-article work kept between builds gives the same briefing as a full rebuild, and a stale
result is never used: a changed file or a changed extractor version has another key."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import briefings.keeping
import briefings.runner
import briefings.story.quotes
from briefings import Briefing, build_briefing, load_corpus
from briefings.extract.namer import Namer
from briefings.keeping import MemoryKept
from briefings.model import Document, Quote
from briefings.story.quotes import Cues

AS_OF = date(2024, 3, 20)

ARTICLES = {
    "a.txt": "---\ntitle: Talks open\npublished: 2024-03-10\nsource: Wire\n---\n"
    "Foreign Minister Ana Ruiz said on Monday that the talks would open in Geneva on March 28.\n\n"
    "“We are ready to sign,” Ruiz said. Exactly 12 people died in the floods, officials said.\n",
    "b.txt": "---\ntitle: Summit date set\npublished: 2024-03-12\nsource: Daily\n---\n"
    "The summit will be held on March 28 in Geneva, Foreign Minister Ana Ruiz said.\n\n"
    "Exactly 14 people died in the floods, the agency said. It is not clear whether the talks will last.\n",
    "c.txt": "---\ntitle: Delegations arrive\npublished: 2024-03-14\nsource: Herald\n---\n"
    "Delegations began arriving in Geneva ahead of the March 28 summit, Prime Minister Tomas Berg said.\n\n"
    "“Nothing is agreed until everything is agreed,” Berg told reporters. The two-hour meeting ended late.\n",
}


class CountingKept(MemoryKept):
    """A MemoryKept that counts how many lookups found something."""

    def __init__(self) -> None:
        super().__init__()
        self.hits = 0

    def get(self, key: str) -> object | None:
        """The kept value, counting a hit."""
        value = super().get(key)
        self.hits += value is not None
        return value


def _brief(folder: Path, kept: MemoryKept | None) -> Briefing:
    docs = load_corpus(folder, kept=kept).documents
    return build_briefing(docs, as_of=AS_OF, story="S", kept=kept)


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    stamp = 1_710_000_000 + len(os.listdir(folder))  # a fixed time: `added` comes from it
    os.utime(folder / name, (stamp, stamp))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in ARTICLES.items():
        _write(folder, name, text)
    return folder


def test_kept_build_matches_a_full_build_after_add_change_and_delete(corpus: Path) -> None:
    kept = CountingKept()
    assert _brief(corpus, kept) == _brief(corpus, None)
    changes: list[Callable[[], None]] = [
        lambda: _write(
            corpus, "d.txt", ARTICLES["a.txt"].replace("Ana Ruiz", "Lena Voss").replace("12", "20")
        ),
        lambda: _write(corpus, "b.txt", ARTICLES["b.txt"].replace("14 people", "17 people")),
        lambda: (corpus / "c.txt").unlink(),
    ]
    for change in changes:
        change()
        kept.hits = 0
        incremental = _brief(corpus, kept)
        assert kept.hits > 0  # the unchanged articles' work was reused...
        assert incremental == _brief(corpus, None)  # ...and the briefing is the one a full rebuild gives
    people = {p.name for p in incremental.people}
    assert "Lena Voss" in people and "Tomas Berg" not in people  # the added article counts, the deleted not


def test_a_changed_file_never_meets_its_old_work(corpus: Path) -> None:
    kept = MemoryKept()
    before = _brief(corpus, kept)
    assert any("14" in c.value for d in before.disagreements for c in d.claims)
    _write(corpus, "b.txt", ARTICLES["b.txt"].replace("14 people", "12 people"))
    after = _brief(corpus, kept)
    assert not any("14" in c.value for d in after.disagreements for c in d.claims)
    assert after == _brief(corpus, None)


def test_a_changed_extractor_version_reuses_nothing(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = CountingKept()
    _brief(corpus, kept)
    kept.hits = 0
    _brief(corpus, kept)
    assert kept.hits > 0
    monkeypatch.setattr(briefings.runner, "extractor_version", lambda: "another extractor")  # the sections'
    monkeypatch.setattr(briefings.keeping, "extractor_version", lambda: "another extractor")  # the articles'
    kept.hits = 0
    assert _brief(corpus, kept) == _brief(corpus, None)
    assert kept.hits == 0


def test_a_kept_value_of_the_wrong_kind_is_recomputed(corpus: Path) -> None:
    kept = MemoryKept()
    expected = _brief(corpus, kept)
    spoiled = [k for k in kept.items if k.startswith("per articles:")]
    sections = [k for k in kept.items if k.startswith("story:")]
    assert len(spoiled) == len(ARTICLES) and sections
    for key in spoiled:
        kept.items[key] = "not the work of an article"
    for key in sections:
        kept.items[key] = ("another stage", "", [])
    assert _brief(corpus, kept) == expected
    assert all(isinstance(kept.items[k], dict) for k in spoiled)
    assert all(kept.items[k][0] == k.split(":")[1] for k in sections)  # type: ignore[index]


def test_each_kept_section_holds_its_last_result_only(corpus: Path) -> None:
    """However many builds, one kept value per section: the store does not grow with every article added."""
    kept = MemoryKept()
    _brief(corpus, kept)
    sections = {k for k in kept.items if k.startswith("story:")}
    _write(corpus, "d.txt", ARTICLES["a.txt"].replace("Ana Ruiz", "Lena Voss"))
    _brief(corpus, kept)
    assert {k for k in kept.items if k.startswith("story:")} == sections


def test_a_kept_article_still_warns_about_its_cut_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    _write(folder, "a.txt", ARTICLES["a.txt"] + "word " * 5000 + "\n")
    kept = MemoryKept()
    for _ in range(2):
        caplog.clear()
        load_corpus(folder, kept=kept)
        assert "a.txt: line" in caplog.text and "only its first 20,000 are read" in caplog.text


def test_an_articles_quotes_are_read_again_only_when_the_names_it_holds_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article quoting "Vo" keeps its quotes while an article naming nobody it names comes; once another
    article makes "Vo" a known person's name, it is read again and the quote is hers, as a full rebuild has it."""
    folder = tmp_path / "story"
    folder.mkdir()
    _write(
        folder,
        "x.txt",
        "---\npublished: 2024-03-10\n---\nThe port strike entered its second week on Monday.\n\n"
        "“We will not sign a deal that cuts our pensions,” Vo said.\n",
    )
    kept = MemoryKept()
    _brief(folder, kept)
    read: list[str] = []
    read_article = briefings.story.quotes.document_quotes

    def spy(doc: Document, namer: Namer, *rest: Cues | None) -> list[tuple[str, Quote]]:
        read.append(doc.id)
        return read_article(doc, namer, *rest)

    monkeypatch.setattr(briefings.story.quotes, "document_quotes", spy)
    _write(folder, "y.txt", "---\npublished: 2024-03-11\n---\nDock workers marched in the rain on Tuesday.\n")
    incremental = _brief(folder, kept)
    assert read == ["y"]  # only the new article was read for quotes
    assert incremental == _brief(folder, None)
    _write(
        folder,
        "z.txt",
        "---\npublished: 2024-03-12\n---\nUnion leader Ann Vo said on Wednesday the strike would go on.\n\n"
        "Ann Vo met port officials on Thursday. Ann Vo said the talks had failed.\n",
    )
    read.clear()
    incremental = _brief(folder, kept)
    assert sorted(read) == ["x", "z"]  # "Vo" now names someone: the article quoting Vo is read again
    assert incremental == _brief(folder, None)
    (vo,) = [p for p in incremental.people if p.name == "Ann Vo"]
    assert any(q.source == "x" and "pensions" in q.text for q in vo.quotes)


def test_only_the_source_list_reads_the_outlets_of_an_articles_copies() -> None:
    """A kept section's fingerprint leaves out `also_carried_by` (so a copy does not make the merge run again):
    in the core, only the copy merge writes it and only the briefing's source list (and the output after it)
    reads it."""
    import ast

    root = Path(briefings.runner.__file__).parent
    readers = set()
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Attribute | ast.keyword) and (
                        getattr(inner, "attr", None) == "also_carried_by"
                        or getattr(inner, "arg", None) == "also_carried_by"
                    ):
                        readers.add(f"{path.relative_to(root).as_posix()}:{node.name}")
    inside = {r.split(":")[0] for r in readers}
    assert inside <= {"model.py", "story/copies.py", "pipeline.py", "output/serialize.py"}
    assert {r for r in readers if r.startswith("pipeline.py")} == {"pipeline.py:source_info"}


def test_a_stage_named_for_later_loads_its_module_when_first_called() -> None:
    """`Later` names a function by module and name: it pickles as those names (a worker imports the module
    itself) and gives the function's results."""
    import pickle

    from briefings.runner import Later

    later = Later("briefings.text", "word_count")
    copy = pickle.loads(pickle.dumps(later))
    assert (copy.module, copy.name) == ("briefings.text", "word_count")
    assert later("two words") == copy("three short words") - 1 == 2


def test_loading_the_pipeline_loads_no_extractor() -> None:
    """A build whose results are all kept never needs the extractors: importing the pipeline loads only the
    copy merge every build runs (the rest loads when a stage first runs)."""
    import subprocess
    import sys

    script = (
        "import sys, briefings.build\n"
        "print(' '.join(m for m in sys.modules if m.startswith(('briefings.article.', 'briefings.story.'))))\n"
        "print('wordfreq' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    loaded, wordfreq = out.splitlines()
    assert set(loaded.split()) == {"briefings.story.copies", "briefings.article.shingles"}
    assert wordfreq == "False"
