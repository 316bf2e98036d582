"""Shared fixtures: small corpora written for the tests, and the seeds."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import strategies as st

from briefings.article.sentences import document_sentences
from briefings.load.corpus import parse_article
from briefings.model import Document, Sentence

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps its data (and kept work) in a folder of its own, never in the checkout's data/."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("BRIEFBOT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def write_corpus(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write {file name: text or bytes} into a fresh folder and return it."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write


def doc(text: str, name: str = "a.txt") -> Document:
    """Parse one article text as the loader would."""
    return parse_article(Path(name), text)


def parse_generated(texts: list[str]) -> list[Document]:
    """Parse generated article texts as the loader would, dropping those it would skip."""
    from briefings.errors import ArticleSkipped

    docs: list[Document] = []
    for i, text in enumerate(texts):
        try:
            docs.append(parse_article(Path(f"gen{i}.txt"), text))
        except ArticleSkipped:
            continue
    return docs


def article_text(pings: list[str]) -> st.SearchStrategy[str]:
    """Generated article text: any characters mixed with news phrases, long words and the given ping strings."""
    phrases = [
        *pings,
        " said ",
        "President ",
        "October 16, 2025",
        "“",
        "”",
        "\n- ",
        "What to Watch\n",
        "y" * 700,
    ]
    return st.lists(
        st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(phrases)), max_size=300
    ).map("".join)


def sentences(*texts: str) -> list[Sentence]:
    """The sentences of several one-article texts, each its own source."""
    out: list[Sentence] = []
    for i, text in enumerate(texts):
        out.extend(document_sentences(doc(text, f"s{i}.txt")))
    return out


PLANTED_TITLE = "Talks [official page](http://evil.example/login) \u202eoverride\u202c \x1b[31mred\x1b[0m"
PLANTED_LINK = re.compile(r"(?<!\\)\[[^\]\n]*\]\(")  # an unescaped "[label](" a platform would make live


def planted_corpus(tmp_path: Path) -> Path:
    """The seeds plus one article whose title and text carry masked links, bidi overrides and ANSI escapes."""
    folder = tmp_path / "planted"
    shutil.copytree(SEEDS, folder)
    (folder / "planted.md").write_text(
        f"---\ntitle: {PLANTED_TITLE}\nsource: Evil Wire\n"
        "published: 2025-10-19\n---\n"
        "Viktor Orbán said the Budapest summit would open on November 12, 2025 "
        "[click here](http://evil.example/phish) for the agenda.\n"
        "Officials said the summit [would](http://evil.example/a) begin on November 12, 2025 in Budapest.\n",
        encoding="utf-8",
    )
    return folder
