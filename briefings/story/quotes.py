"""Attribute direct quotations to the people who said them.

Forms handled: `“…,” X said`, `“…,” said X`, `X told reporters, “…”`, `X …, stating, “…”`, `described by X as
“…”`, `according to X`, `X- “…”`, `“…,” the senator from Ohio said` (the one holder of that role, or the one
named just before), a pronoun pointing back to the person it fits, a paragraph ending "X said:" before a quote,
a second quote in the same paragraph that carries on from an attributed one, and (in `signed`) embedded posts
and transcript turns. A surname two people share means the one the article named in full first. The words
around one quote are read in `speakers`; this module walks each article's paragraphs and keeps who is in focus.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from briefings.article.newcomers import NameRuns, newcomers
from briefings.article.quoting_words import UNREAD_BLOCKS, quoting_words
from briefings.extract.namer import Mention, Namer
from briefings.extract.quote_roles import describer, role_heads
from briefings.extract.signed import post_quote, transcript_quote
from briefings.extract.speakers import (
    QUOTE,
    TITLE_BEFORE,
    VERB_RE,
    attribution,
    can_be_subject,
    outside,
    referent,
    resolve,
    speaker_before,
    speaker_next,
    speaks_near,
    unclosed,
    whole_sentence,
)
from briefings.keeping import Kept, kept_each
from briefings.model import Document, Person, Quote
from briefings.story.quote_checks import checked_quotes
from briefings.text import split_sentences
from briefings.thresholds import NEXT_REACH, PROGRAMME_TITLE_WORDS, PRONOUN_PEOPLE, SIGNED_MIN_WORDS


def find_quotes(
    documents: Sequence[Document],
    people: Sequence[Person],
    *,
    words: Sequence[tuple[str, str]] | None = None,
    kept: Kept | None = None,
    provisional: Sequence[Person] = (),
) -> dict[str, list[Quote]]:
    """Direct quotations per person name, each with its source.

    Each article is read with the namer cut down to the forms it may hold (`words`: each article's
    quoting_words, when already known), and what it yields is kept under the article's key and that namer's:
    an article whose people's names and roles did not change is not read again. `provisional` people (see
    `newcomers`) are found like the others.
    """
    namer = Namer([*people, *provisional])
    heads = role_heads(people)
    cues = Cues(heads, frozenset(p.name for p in provisional))
    keys: list[str | None] = []
    readers: list[tuple[Document, Namer]] = []
    for k, doc in enumerate(documents):
        article_words = words[k] if words is not None else quoting_words(doc)
        local = namer.within(article_words)
        held = sorted((n, sorted(heads[n])) for n in article_words[1].split("\n") if n in heads)
        here = sorted(
            n for n in cues.newcomers if n in local.forms
        )  # a newcomer later listed reads otherwise
        keys.append(f"quotes:{doc.key}:{local.key}:{_digest((held, here))}" if doc.key else None)
        readers.append((doc, local))
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for found in kept_each(kept, keys, _all_said, lambda r: document_quotes(r[0], r[1], cues), readers):
        for speaker, quote in found:
            quotes[speaker].append(quote)
    return quotes


def _digest(value: object) -> str:
    """A short digest of a value's repr, for a kept result's key."""
    return hashlib.blake2b(repr(value).encode(), digest_size=8).hexdigest()


def _all_said(value: object) -> bool:
    """A kept result of one article: a list of (speaker, quote)."""
    return isinstance(value, list) and all(_is_said(x) for x in value)


def _is_said(item: object) -> bool:
    return (
        isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], Quote)
    )


@dataclass(frozen=True)
class Cues:
    """What the story tells the reading of one article: role head nouns and their holders (see `quote_roles`),
    and the newcomers (see `newcomers`), who stand for a pronoun only when their name opens the paragraph."""

    heads: dict[str, set[str]] = field(default_factory=dict)
    newcomers: frozenset[str] = frozenset()


def document_quotes(doc: Document, namer: Namer, cues: Cues | None = None) -> list[tuple[str, Quote]]:
    """One article's direct quotations in reading order, each once, with who said it."""
    cues = cues or Cues()
    said: dict[tuple[str, Quote], None] = {}
    namer.start_document()
    named = {
        m.person
        for b in doc.blocks
        if b.kind not in UNREAD_BLOCKS
        for m in namer.mentions(QUOTE.sub(" ", b.text))
    }
    describe = describer(cues.heads, named)
    recent: list[tuple[int, str]] = []  # (block, person) named outside quotes, in reading order
    carried: str | None = None  # who spoke the quote that ended the last paragraph, if one did
    introduced = False  # the last paragraph ended "X said in a tweet:", naming who speaks next
    for b, block in enumerate(doc.blocks):
        if block.kind in UNREAD_BLOCKS:
            continue
        text = block.text
        namer.read(QUOTE.sub(" ", text))
        post = post_quote(namer, text) or transcript_quote(namer, text)
        if post:
            said[(post[0], Quote(post[1], doc.id))] = None
            continue
        spans = [(m.start(), m.end()) for m in QUOTE.finditer(text)]
        antecedents, owners = _paragraph_names(namer, text, spans, cues.newcomers)
        # A paragraph that is nothing but a quote carries on the quote that closed the paragraph before.
        only_quote = not QUOTE.sub("", text).strip(" .,;:!?…-–—")
        opens_with_quote = bool(spans) and not text[: spans[0][0]].strip()
        previous_speaker = carried if only_quote or (introduced and opens_with_quote) else None
        previous_end = 0
        spoke: list[tuple[int, str]] = []
        for match in QUOTE.finditer(text):
            body = (match.group("a") or match.group("b") or "").strip()
            before_all = text[previous_end : match.start()]
            if TITLE_BEFORE.search(before_all) and len(body.split()) <= PROGRAMME_TITLE_WORDS:
                previous_end = (
                    match.end()
                )  # a programme's title (on Channel 9’s “Morning Desk”) is nobody's speech
                continue
            sentence = _quote_sentence(text, before_all, match.start(), previous_end)
            # subjects first; the paragraph's owners ("Ruiz's stance ... He has said") after them; the
            # paragraph's first few are enough (its subject comes first) and keep the cost linear
            told = [(b, m.person) for m in antecedents[:PRONOUN_PEOPLE] if m.end <= match.start()] + [
                (b, m.person) for m in owners[:PRONOUN_PEOPLE] if m.end <= match.start()
            ]
            attributed, speaker = attribution(namer, sentence, text[match.end() :], describe)
            speaker = resolve(speaker, [*recent, *told], b)
            # someone else speaking in between ends a follow-on; "of Ruiz's response" or "to attack Vo"
            # does not
            others = {
                m.person
                for m in namer.mentions(before_all)
                if can_be_subject(before_all, m) and speaks_near(before_all, m)
            } - {previous_speaker}
            if (
                speaker is None
                and not attributed
                and previous_speaker
                and not others
                and (not sentence.strip(" ,") or not VERB_RE.search(sentence))
            ):
                speaker = previous_speaker  # a follow-on quote from the same speaker
            if speaker is None and not attributed and not sentence.strip(" ,") and not previous_speaker:
                speaker = speaker_next(namer, text[match.end() : match.end() + NEXT_REACH])
            previous_end = match.end()
            # a scare quote ("marked “Secret.”") is nobody's speech for a quote after it to carry on
            previous_speaker = speaker if attributed or len(body.split()) >= SIGNED_MIN_WORDS else None
            if speaker is None or len(body.split()) < SIGNED_MIN_WORDS:
                continue
            said[(speaker, Quote(body.rstrip(",").strip(), doc.id))] = None
            spoke.append((b, speaker))  # who just spoke stays in focus for "he said" further on
        recent.extend((b, m.person) for m in antecedents[:PRONOUN_PEOPLE])
        recent.extend(spoke)
        carried = previous_speaker if spans else None
        entered, introducer, first_part = _introduces(namer, text, spans, recent, b)
        if entered:
            carried = introducer
        introduced = introducer is not None
        if introducer and first_part:
            said[(introducer, Quote(first_part, doc.id))] = None
    return list(said)


def _paragraph_names(
    namer: Namer, text: str, spans: Sequence[tuple[int, int]], newcomers: frozenset[str]
) -> tuple[list[Mention], list[Mention]]:
    """The people a paragraph names outside its quotes who may be a pronoun's antecedent (subjects, not a
    newcomer passing by), and those it names as owners ("Ruiz's stance")."""
    in_block = namer.mentions(text)
    outside_quotes = (
        [m for m in in_block if outside(spans, m.start)]
        if len(spans) < PRONOUN_PEOPLE
        else [m for m in in_block[: 4 * PRONOUN_PEOPLE] if outside(spans, m.start)]
    )
    subjects = [m for m in outside_quotes if can_be_subject(text, m)]
    # a name passing by ("the Ann Vo franchise") that no list holds is no pronoun's antecedent
    antecedents = [m for m in subjects if m.person not in newcomers or m.start == 0]
    owners = [m for m in outside_quotes if re.search(r"[’']s$", text[m.start : m.end])]
    return antecedents, owners


def _quote_sentence(text: str, before_all: str, quote_start: int, previous_end: int) -> str:
    """The words of the quote's own sentence before it ("" when the quote opens a sentence)."""
    sentences = split_sentences(before_all) if before_all.strip() else []
    sentence = sentences[-1] if sentences and not re.search(r"[.!?]\s*$", before_all) else ""
    if len(sentences) == 1 and sentence and previous_end:
        sentence = whole_sentence(text, quote_start)  # it began before the quote before
    return sentence


def _introduces(
    namer: Namer, text: str, spans: Sequence[tuple[int, int]], recent: Sequence[tuple[int, str]], block: int
) -> tuple[bool, str | None, str | None]:
    """Whether a paragraph's end introduces the next paragraph's speaker ("… X said:", 'He told the BBC: "There
    are …' with the quote left open), who (None when the words name nobody we know), and the open quote's first
    part to keep under them (the rest is the next paragraph's)."""
    stripped = text.rstrip()
    entered = False
    if stripped.endswith(":") and (not spans or spans[-1][1] < len(stripped) - 1):
        entered = True
        speaker = _lead_speaker(namer, stripped[:-1], recent, block)
        if speaker is not None:
            return True, speaker, None
    opened = unclosed(text)
    if opened is None or not text[:opened].rstrip().endswith((":", ",")):
        return entered, None, None
    speaker = _lead_speaker(namer, text[:opened].rstrip(), recent, block)
    body = text[opened + 1 :].strip()
    keep = speaker and len(body.split()) >= SIGNED_MIN_WORDS and not QUOTE.search(text[opened:])
    return True, speaker, body if keep else None


def _lead_speaker(namer: Namer, lead: str, recent: Sequence[tuple[int, str]], block: int) -> str | None:
    """The speaker of the last sentence of `lead`, a pronoun made the person it stands for."""
    last = split_sentences(lead)[-1:]
    speaker = speaker_before(namer, last[0]) if last else None
    return referent(recent, speaker, block) if speaker in ("he", "she") else speaker


def attach_quotes(
    documents: Sequence[Document],
    people: Sequence[Person],
    *,
    words: Sequence[tuple[str, str]] | None = None,
    kept: Kept | None = None,
    refused: Collection[str] = (),
    runs: Sequence[NameRuns] | None = None,
) -> list[Person]:
    """The people with their quotations filled in, full-sentence quotes first (see find_quotes), then the
    newcomers (named speakers the list lacks) heard speaking; a name in `refused` (one the people finder saw
    written as something else, a work's title) is no newcomer; `runs`: each article's name_runs, when known."""
    known = {word for p in people for form in (p.name, *p.aliases) for word in (form, form.split()[-1])}
    known |= set(refused)
    provisional = newcomers(documents, known, runs)
    found = checked_quotes(
        find_quotes(documents, people, words=words, kept=kept, provisional=provisional),
        [*people, *provisional],
    )

    def rank(q: Quote) -> bool:
        return not q.text[:1].isupper()  # whole-sentence quotes first; otherwise document order (stable sort)

    heard = [n for n in provisional if found.get(n.name)]
    return [replace(p, quotes=tuple(sorted(found.get(p.name, []), key=rank))) for p in [*people, *heard]]
