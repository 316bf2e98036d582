"""Open questions: items of "What to Watch"-style sections, and forward-looking questions elsewhere."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefings.extract.question_patterns import NOT_OPEN, READER_SECTION, RHETORICAL, open_cues
from briefings.model import Sentence
from briefings.text import QUOTE_CHARS, asks, outside_quotes
from briefings.thresholds import MAX_OPEN_WORDS, MIN_QUESTION_WORDS, PROMPT_WORDS

_WATCH_SECTION = re.compile(
    r"\b(what\s+to\s+watch|watch\s+for|what['’]?s\s+next|what\s+comes\s+next|what\s+happens\s+next|next\s+steps|"
    r"key\s+questions|open\s+questions|unanswered|the\s+road\s+ahead|looking\s+ahead|outlook|what\s+we\s+don['’]t"
    r"\s+know|what\s+remains|still\s+unknown|questions\s+remain|the\s+way\s+forward)\b",
    re.IGNORECASE,
)
_INTERROGATIVE = re.compile(
    r"^(?:(?:so|and|but|or|then|yet),?\s+)?"  # "So why did the police release the video …?"
    r"(will|would|can|could|what|how|whether|who|when|where|why|which|is|are|does|do|did|should|might|may|has|"
    r"have|shall)\b",
    re.IGNORECASE,
)


def _is_question(text: str) -> bool:
    """A question the writer asks: it ends in "?", opens like one, and is no rhetorical aside ("Who knew?")."""
    bare = text.lstrip(QUOTE_CHARS + " ")
    return asks(text) and bool(_INTERROGATIVE.match(bare)) and not RHETORICAL.match(bare)


def in_watch_section(sentence: Sentence) -> bool:
    return bool(sentence.section and _WATCH_SECTION.search(sentence.section))


_SPEAKER_LABEL = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:|^\("
)  # "Jon Roe:", "Explained:", "(Quiz"
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my)\b")


def _after_label(text: str) -> str:
    """ "the indelicate question: who pays?" asks "who pays?"; a transcript turn, a teaser, the end of a quotation
    ("… your new state Senator?”" with no opening mark) or a question put to someone ("we asked X: …?", "Test your
    knowledge: …?") asks nothing of the story."""
    if _SPEAKER_LABEL.match(text) or _ends_a_quotation(text) or _SEGUE.match(text) or _names_nothing(text):
        return ""
    head, colon, tail = text.rpartition(":")
    if colon and (_ASKED.search(head) or _YOU.search(head) or READER_SECTION.search(head)):
        return ""  # "we asked X: …?", "Test your knowledge: …?", "Quiz: …?" put the question to someone
    return tail.strip() if colon and head[:1].isupper() and tail.strip()[:1].islower() else text


_ASKED = re.compile(r"\b(?:asked|asks|ask)\b", re.IGNORECASE)
# "How about in terms of cost?" moves the piece on; "Why not just show up?" proposes; "So is that what this is?"
# names nothing (no word but pronouns and auxiliaries): none of them asks what the story leaves open.
_SEGUE = re.compile(r"(?:(?:and|but|so),?\s+)?(?:(?:how|what)\s+about|why\s+not)\b", re.IGNORECASE)
_EMPTY_WORDS = frozenset(
    "so and but or then is are was were be it its this that these those what which who how why when where "
    "there here he she they we you i do does did has have had will would can could should may might".split()
)


def _names_nothing(text: str) -> bool:
    return all(w.lower() in _EMPTY_WORDS for w in re.findall(r"[\w'’]+", text))


def _ends_a_quotation(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith("”"):
        return stripped.count("“") < stripped.count("”")
    return stripped.endswith('"') and stripped.count('"') % 2 == 1


def leaves_open(text: str) -> bool:
    """A statement that something is not known or not decided yet: the writer's, or a source's as reported ("the
    attack “has not been claimed,” an official said"), but not someone's own "I don't know" and not the reader
    addressed ("it should make you wonder why")."""
    if len(text.split()) > MAX_OPEN_WORDS or _SPEAKER_LABEL.match(text) or text.rstrip().endswith(":"):
        return False
    if not any(not _aside(text, m) for m in open_cues(text)):  # looked at first: most sentences have no cue
        return False
    return not (_FIRST_PERSON.search(text) or _YOU.search(outside_quotes(text)) or NOT_OPEN.search(text))


_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


_THEN = re.compile(r"\b(?:when|while|before|until)\b", re.IGNORECASE)


_WORK_UNDER_WAY = re.compile(
    r"(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:investigating|reviewing|examining|probing)"
)


def _aside(text: str, match: re.Match[str]) -> bool:
    """What leaves something open only in passing: a past state in a clause of time, which the sentence tells as
    over ("Earlier Monday, when his whereabouts were still unclear, ..."), or an inquiry in a relative clause that
    says who someone is ("a spokesman for the office, which is reviewing all high-rise construction, said")."""
    before = text[: match.start()]
    clause = re.split(r"[,;:—–]", before)[-1]
    if match.group().lower().startswith(("was ", "were ")) and _THEN.search(clause):
        return True
    return bool(_WORK_UNDER_WAY.match(match.group()) and re.search(r"\b(?:which|who)\s+$", before))


# A transcript turn: "Jon Roe:" (names in mixed case, not a capitalised dateline "BEIRUT:" or a label with lowercase
# words such as "What to watch:").
_TURN = re.compile(r"^(?:[A-Z][a-z][\w.'’-]*\s+){0,2}[A-Z][a-z][\w.'’-]*:\s")


def _transcript_turns(sentences: Sequence[Sentence]) -> set[tuple[str, int]]:
    """The paragraphs that are turns of an interview transcript: opened by a speaker's name and a colon, in an
    article with at least two such paragraphs. Their questions are put to someone, not asked by the story."""
    firsts: dict[tuple[str, int], Sentence] = {}
    for s in sentences:
        firsts.setdefault((s.doc_id, s.block), s)
    turns = {key for key, s in firsts.items() if s.kind == "paragraph" and _TURN.match(s.text)}
    per_doc = Counter(doc for doc, _ in turns)
    return {key for key in turns if per_doc[key[0]] >= 2}


def _quiz_prompt(text: str) -> bool:
    """A short line that opens a list of questions for the reader: "Quiz time", "How well do you know the port?",
    "Test your knowledge:"."""
    return len(text.split()) <= PROMPT_WORDS and bool(READER_SECTION.search(text))


def candidate_questions(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences that pose an open question a reader should watch, or say what is not known yet. Questions
    that follow one another in a paragraph ("Is it a brilliant move? Is it a blunder?") are one item."""
    found: list[Sentence] = []
    previous: tuple[str, int] | None = None
    turns = _transcript_turns(sentences)
    asked_at = -1  # the index of the sentence just before when it was a question taken (found[-1] holds it)
    quiz: str | None = None  # the article whose reader-quiz list is running ("Quiz time", then its questions)
    for s in sentences:
        opens_block, previous = previous != (s.doc_id, s.block), (s.doc_id, s.block)
        follows, asked_at = not opens_block and asked_at == s.index - 1, -1
        if _quiz_prompt(s.text):
            quiz = s.doc_id
            continue
        if quiz == s.doc_id and asks(s.text):
            continue  # a question of the quiz list: the reader's to answer
        quiz = None
        if s.kind in ("heading", "table_row", "caption") or s.text[:1] in QUOTE_CHARS:
            continue
        if (s.doc_id, s.block) in turns or (s.section and READER_SECTION.search(s.section)):
            continue  # a transcript turn, or a quiz's or a poll's question put to the reader
        watch = in_watch_section(s)
        asking = (  # (what has no "?" asks nothing, whatever its label: the labels are read only then)
            "?" in s.text
            and _is_question(_after_label(s.text))
            and (len(s.text.split()) >= MIN_QUESTION_WORDS or watch)
        )
        # a "What to watch" bullet is an item whatever its form (its first sentence; not an intro ending ":")
        item = watch and opens_block and s.kind == "bullet" and not s.text.rstrip().endswith(":")
        if asking and follows:
            found[-1] = replace(found[-1], text=f"{found[-1].text} {s.text}")
            asked_at = s.index
        elif asking or item or leaves_open(s.text):
            found.append(s)
            asked_at = s.index if asking else -1
    return found
