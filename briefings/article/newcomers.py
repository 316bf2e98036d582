"""Speakers the people finder did not list: full names with a clear first name, read from each article.

A reader of "“We never saw it coming,” wrote Ann Vo." knows Ann Vo spoke, though she is named once. Such
names are offered to the quote finder as provisional people; only those it hears speak are kept (see
`briefings.story.quotes.attach_quotes`), so a name that merely passes by is never listed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain

from wordfreq import zipf_frequency

from briefings.extract.gazetteer import is_place
from briefings.extract.given_names import is_clear_first_name
from briefings.extract.lexicon import NOT_NAME_WORDS, ROLE_NOUNS
from briefings.model import Document, Person
from briefings.thresholds import FUNCTION_WORD_ZIPF

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_POSSESSIVE = re.compile(r"[’']s$")
NAME_WORDS = (2, 3)  # a first name and one or two more capitalised words: longer runs are titles and bodies
_READ = ("heading", "caption")  # blocks read for quotes: all but these


_OPENS = re.compile(r"(?:^|[.!?:;“”\"]\s*)$")  # what comes before a word that opens a sentence


# A run of capitalised words, with the word that opened it at a sentence's start (lowercased, "" if none): that
# word is left out when the corpus writes it in lowercase ("The"), which only the whole corpus can tell.
Run = tuple[str, tuple[str, ...]]


def _runs(text: str) -> Iterable[Run]:
    """Runs of capitalised words one space apart ("Ann Lee Vo"), each as its words with its sentence-opening
    word if any; a title ("Gov.", "Councillor") ends a run."""
    run: list[str] = []
    opened = ""
    end = -1
    for token in _TOKEN.finditer(text):
        word = token.group()
        capital = word[:1].isupper()
        if not (run or capital):
            continue  # most words: lowercase, no run open (`end` is read only while a run is open)
        if run and text[end : token.start()] != " ":
            yield opened, tuple(run)
            run, opened = [], ""
        low = word.lower()
        if not capital or low in ROLE_NOUNS or low + "." in ROLE_NOUNS:
            if run:
                yield opened, tuple(run)
            run, opened = [], ""
        else:
            if not run and _OPENS.search(text[max(0, token.start() - 3) : token.start()]):
                opened = word.lower()
            run.append(word)
        end = token.end()
        if run and _POSSESSIVE.search(word):  # "Ann Vo’s": the name ends at the possessive
            yield opened, (*run[:-1], _POSSESSIVE.sub("", word))
            run, opened = [], ""
    if run:
        yield opened, tuple(run)


@dataclass(frozen=True)
class NameRuns:
    """What one article offers the newcomer finder, kept with it as two strings (a byte a letter, where sets and
    tuples cost some hundred bytes a word): its lowercase words, one space apart, and its runs of capitalised
    words, one a line, each its sentence-opening word (see Run; "" if none), a tab and its words one space
    apart (no word holds a space, a tab or a line break)."""

    lower: str
    runs: str

    def each_run(self) -> Iterator[Run]:
        """The article's runs, in order."""
        for line in self.runs.split("\n") if self.runs else ():
            opened, _, run = line.partition("\t")
            yield opened, tuple(run.split(" "))


def name_runs(doc: Document) -> NameRuns:
    """An article's lowercase words and capitalised runs, in the blocks read for quotes (its own work, kept)."""
    texts = [b.text for b in doc.blocks if b.kind not in _READ]
    return NameRuns(
        " ".join(sorted({w for t in texts for w in _LOWER_WORD.findall(t)})),
        "\n".join(f"{opened}\t{' '.join(run)}" for t in texts for opened, run in _runs(t)),
    )


def _is_name(words: Sequence[str], lower: AbstractSet[str], known: set[str]) -> bool:
    """A clear first name (no function word), then capitalised words that are no ordinary word of the corpus,
    no body or place, and no form of someone already known (who is found by that form)."""
    return (
        len(words) in NAME_WORDS
        and is_clear_first_name(words[0])
        and zipf_frequency(words[0].lower(), "en") < FUNCTION_WORD_ZIPF
        and all((w.isalpha() or "-" in w) and not w.isupper() for w in words)
        and not any(w.lower() in NOT_NAME_WORDS or w.lower() in lower for w in words[1:])
        and not any(w in known for w in [*words, " ".join(words)])
        and not is_place(" ".join(words))
        and not is_place(words[-1])
    )


def newcomers(
    documents: Sequence[Document], known: set[str], runs: Sequence[NameRuns] | None = None
) -> list[Person]:
    """Full names with a clear first name that no known form covers (`known`: every name, alias and surname
    of the people listed), each with its surname as an alias unless two newcomers share it. `runs`: each
    article's name_runs, when already known."""
    each = runs if runs is not None else [name_runs(doc) for doc in documents]
    lower = frozenset(chain.from_iterable(r.lower.split() for r in each))  # the corpus' own words
    found: dict[str, set[str]] = defaultdict(set)
    for doc, article in zip(documents, each, strict=True):
        for opened, run in article.each_run():
            words = list(run[1:] if opened and opened in lower else run)
            if not words:
                continue
            if len(words) > 2 and not is_clear_first_name(words[0]):
                words = words[1:]  # "Then Ann Vo", "Councillor Ann Vo": the name starts after
            if _is_name(words, lower, known):
                found[" ".join(words)].add(doc.id)
    surnames = Counter(name.split()[-1] for name in found)
    return [
        Person(
            name=name,
            roles=(),
            aliases=(name.split()[-1],) if surnames[name.split()[-1]] == 1 else (),
            sources=tuple(sorted(docs)),
            mentions=len(docs),
        )
        for name, docs in found.items()
    ]
