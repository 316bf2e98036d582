"""Open questions: items of "What to Watch"-style sections, and forward-looking questions elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.model import Question, Sentence
from briefings.text import QUOTE_CHARS, content_stems, jaccard, split_sentences

_WATCH_SECTION = re.compile(
    r"\b(what\s+to\s+watch|watch\s+for|what['’]?s\s+next|what\s+comes\s+next|what\s+happens\s+next|next\s+steps|"
    r"key\s+questions|open\s+questions|unanswered|the\s+road\s+ahead|looking\s+ahead|outlook|what\s+we\s+don['’]t"
    r"\s+know|what\s+remains|still\s+unknown|questions\s+remain|the\s+way\s+forward)\b",
    re.IGNORECASE,
)
_INTERROGATIVE = re.compile(
    r"^(will|would|can|could|what|how|whether|who|when|where|why|which|is|are|does|do|did|should|might|may|has|"
    r"have|shall)\b",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"\b(will|would|could|can|might|may|shall|going to|yield|lead to|next|future|remain|become|hold|last|"
    r"succeed|fail|happen|take place|follow)\b",
    re.IGNORECASE,
)
_MERGE_AT = 0.5
# What sources say is not known yet: "it is not clear whether", "remains to be seen", "has yet to decide",
# "could not be independently verified", "plans to appeal", "is investigating", "questions remain".
_OPEN = re.compile(
    r"\b(?:"
    r"(?:is|are|was|were|remains?|remained|still)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:clear|known|certain|determined)|"
    r"unclear|unknown|uncertain|undetermined|unresolved|unanswered|pending|under\s+investigation|"
    r"to\s+be\s+(?:seen|determined|decided))"
    r"|(?:unclear|not\s+clear|not\s+known|unknown|uncertain)\s+(?:whether|if|how|why|who|what|when|where|exactly)"
    r"|time\s+will\s+tell|questions?\s+(?:remain|linger|persist)|unanswered\s+questions?|no\s+one\s+knows"
    r"|(?:could|can)(?:\s+not|not)\s+be\s+(?:independently\s+)?(?:verified|confirmed|authenticated)"
    r"|(?:has|have|had)\s+(?:not\s+(?:yet\s+)?|yet\s+to\s+)(?:decided|determined|explained|been\s+(?:determined|"
    r"identified|decided|charged|resolved))"
    r"|yet\s+to\s+(?:be\s+)?(?:decide|determine|explain|identif|resolve|charge|rule)\w*"
    r"|(?:no\s+one|nobody|no\s+group)\s+(?:has\s+)?(?:claimed|taken\s+responsibility|owned\s+up)|unclaimed"
    r"|(?:plans?|planned|intends?|vowed|will)\s+(?:to\s+)?appeal|appeal\s+is\s+pending"
    r"|(?:is|are)\s+(?:investigating|reviewing|looking\s+into)|will\s+(?:investigate|decide\s+whether|rule\s+on)"
    r"|(?:asking|asked|wonder(?:ing|ed)?|questioning|questioned)\s+(?:whether|if|how|why|who)"
    r"|declined\s+to\s+(?:give|disclose|reveal|provide)|declined\s+to\s+say\s+(?:whether|how|when|who|why)"
    r"|no\s+immediate\s+(?:estimate|explanation|word)|is\s+not\s+(?:yet\s+)?over"
    r"|undetermined|unexplained|unconfirmed|could\s+still|if\s+(?:that|this|it|the\s+\w+)\s+(?:is|'s|’s)\s+(?:true|correct)"
    r"|(?:has|have|had)(?:\s+not|n't|n’t)\s+(?:yet\s+)?(?:decided|determined|explained|fully\s+\w+|been\s+(?:claimed|"
    r"determined|identified|decided|charged|resolved|filed))"
    r"|no\s+(?:charges|decision|arrests?)\s+(?:has|have)\s+(?:yet\s+)?been"
    r"|(?:is|are|was|were)\s+not\s+(?:\w+ed)\s+yet"
    r"|(?:will|would)\s+be\s+(?:investigating|reviewing|looking\s+into|examining)"
    r"|(?:is|are)\s+(?:currently\s+|now\s+|still\s+)(?:investigating|reviewing|examining|probing)"
    r"|(?:reveal|show|determine|decide|decides|knows?|see)\s+whether"
    r"|(?:expected|due)\s+to\s+(?:reveal|show|determine|decide|rule)"
    r"|(?:do|does|did)(?:\s+not|n't|n’t)\s+(?:yet\s+)?know"
    r"|(?:can|could)(?:not|n't|n’t|\s+not)\s+(?:confirm|verify|say\s+(?:whether|how|when|who|why))"
    r"|(?:different|conflicting|contradictory)\s+(?:answers|accounts|versions|explanations)"
    r"|(?:lawsuits?|suits?|investigations?|inquir(?:y|ies)|probes?|reviews?|appeals?|negotiations)\s+(?:is|are)\s+"
    r"(?:still\s+)?(?:underway|under\s+way|ongoing|continuing|pending)"
    r"|called\s+for\s+(?:a|an)\s+(?:public\s+|independent\s+|full\s+)?(?:inquiry|investigation)"
    r"|(?:has|have)\s+appealed|is\s+appealing|filed\s+an\s+appeal|subject\s+of\s+(?:negotiation|litigation|debate)"
    r"|(?:fear|fears|worry|worries)\s+(?:that|whether)"
    r"|likely\s+(?:much\s+|far\s+)?(?:higher|larger|greater|worse)|unlikely\s+to\s+(?:resume|reopen|return)"
    r")\b",
    re.IGNORECASE,
)
_MAX_OPEN_WORDS = 45


def _is_question(text: str) -> bool:
    return text.rstrip(" ”\"'’)").endswith("?") and bool(_INTERROGATIVE.match(text.lstrip(QUOTE_CHARS + " ")))


def _in_watch_section(sentence: Sentence) -> bool:
    return bool(sentence.section and _WATCH_SECTION.search(sentence.section))


_MIN_QUESTION_WORDS = 6
_SPEAKER_LABEL = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:|^\("
)  # "Jon Roe:", "Explained:", "(Quiz"
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my)\b")


def _after_label(text: str) -> str:
    """ "the indelicate question: who pays?" asks "who pays?"; a transcript turn, a teaser, the end of a quotation
    ("… your new state Senator?”" with no opening mark) or a question put to someone ("we asked X: …?") asks
    nothing of the story."""
    if _SPEAKER_LABEL.match(text) or _ends_a_quotation(text):
        return ""
    head, colon, tail = text.rpartition(":")
    if colon and _ASKED.search(head):
        return ""
    return tail.strip() if colon and head[:1].isupper() and tail.strip()[:1].islower() else text


_ASKED = re.compile(r"\b(?:asked|asks|ask)\b", re.IGNORECASE)


def _ends_a_quotation(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith("”"):
        return stripped.count("“") < stripped.count("”")
    return stripped.endswith('"') and stripped.count('"') % 2 == 1


def leaves_open(text: str) -> bool:
    """A statement that something is not known or not decided yet, in the writer's voice (not a quotation, not
    someone's "I don't know")."""
    if len(text.split()) > _MAX_OPEN_WORDS or _SPEAKER_LABEL.match(text) or text.rstrip().endswith(":"):
        return False
    outside = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)
    return not _FIRST_PERSON.search(outside) and bool(_OPEN.search(outside))


def candidate_questions(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences that pose an open question a reader should watch, or say what is not known yet."""
    found: list[Sentence] = []
    previous: tuple[str, int] | None = None
    for s in sentences:
        opens_block, previous = previous != (s.doc_id, s.block), (s.doc_id, s.block)
        if s.kind in ("heading", "table_row", "caption") or s.text[:1] in QUOTE_CHARS:
            continue
        watch = _in_watch_section(s)
        asks = _is_question(_after_label(s.text)) and (len(s.text.split()) >= _MIN_QUESTION_WORDS or watch)
        # a "What to watch" bullet is an item whatever its form (its first sentence; not an intro ending ":")
        item = watch and opens_block and s.kind == "bullet" and not s.text.rstrip().endswith(":")
        if asks or item or leaves_open(s.text):
            found.append(s)
    return found


def _question_part(text: str) -> str:
    """From a bullet such as "What will X do? Rumours suggest …" keep only the question."""
    parts = split_sentences(text)
    questions = [p for p in parts if p.rstrip(" ”\"'’)").endswith("?")]
    return " ".join(questions) if questions else text


def find_questions(
    sentences: Sequence[Sentence], candidates: Sequence[Sentence] | None = None
) -> list[Question]:
    """Open questions across sources, near-duplicates merged with all their sources; watch sections first.
    `candidates` are the articles' candidate_questions when already found."""
    merged: list[tuple[str, list[str], list[str], bool]] = []
    for s in candidate_questions(sentences) if candidates is None else candidates:
        text = _question_part(s.text)
        stems = content_stems(text)
        for i, (existing, existing_stems, sources, watch) in enumerate(merged):
            if jaccard(stems, existing_stems) >= _MERGE_AT:
                if s.doc_id not in sources:
                    sources.append(s.doc_id)
                merged[i] = (existing, existing_stems, sources, watch or _in_watch_section(s))
                break
        else:
            merged.append((text, stems, [s.doc_id], _in_watch_section(s)))
    ordered = sorted(enumerate(merged), key=lambda item: (not item[1][3], -len(item[1][2]), item[0]))
    return [Question(text, tuple(sources)) for _, (text, _stems, sources, _w) in ordered]
