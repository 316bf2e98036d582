"""Attribute direct quotations to the people who said them.

Forms handled: `“…,” X said`, `“…,” said X`, `X told reporters, “…”`, `X …, stating, “…”`, `described by X as
“…”`, `according to X`, a pronoun pointing back to the last person named outside quotes, and a second quote
in the same paragraph that carries on from an attributed one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefings.extract.given_names import pronoun_fits
from briefings.extract.lexicon import REPORTING_VERBS
from briefings.model import Document, Person, Quote
from briefings.text import split_sentences

# “curly”, "straight", or one of each ("Keep calm,” as scraped pages mix them)
_QUOTE = re.compile(r"“(?P<a>[^”“\"]{3,800})[”\"]|\"(?P<b>[^\"“”]{3,800})[\"”]")
_EXTRA_VERBS = {
    "asserting",
    "asserted",
    "cautioned",
    "cautioning",
    "expressed",
    "emphasised",
    "emphasized",
    "confirmed",
    "calling",
    "called",
    "describing",
    "characterizing",
    "characterising",
}
_VERB_RE = re.compile(
    r"\b(" + "|".join(sorted(REPORTING_VERBS | _EXTRA_VERBS, key=len, reverse=True)) + r")\b"
)
_PRONOUN = re.compile(r"\b(he|she|He|She)\b")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|former|who|which|then)\b[^,“”\"]{0,120},")
_MIN_WORDS = 2
_AFTER_NAME = re.compile(r"(?:,[^,;“”\"]{2,160},)?\s+(?:\w+\s+)?(" + _VERB_RE.pattern + ")")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    person: str


class _Namer:
    """Finds mentions of known people (any of their forms) in text."""

    def __init__(self, people: Sequence[Person]) -> None:
        forms: dict[str, str] = {}
        for person in people:
            for form in (person.name, *person.aliases):
                forms.setdefault(form, person.name)
        self.forms = forms
        holders: dict[str, set[str]] = defaultdict(set)
        for person in people:
            for role in person.roles:
                holders[role.split()[-1].lower().strip(".,")].add(person.name)
        self.holders = holders
        alternatives = sorted(forms, key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(f) for f in alternatives) + r")(?:[’']s)?(?![\w-])"
            )
            if alternatives
            else None
        )

    def by_role(self, noun: str) -> str | None:
        """The one person whose role ends in this noun ("the president"), or None if none or several."""
        holders = self.holders.get(noun.lower(), set())
        return next(iter(holders)) if len(holders) == 1 else None

    def mentions(self, text: str, offset: int = 0) -> list[_Mention]:
        """Mentions of known people in `text`, offsets shifted by `offset`."""
        if self.pattern is None:
            return []
        return [
            _Mention(m.start() + offset, m.end() + offset, self.forms[m.group(1)])
            for m in self.pattern.finditer(text)
        ]


def _outside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    return not any(a <= pos < b for a, b in spans)


def _speaker_after(namer: _Namer, text: str) -> tuple[bool, str | None]:
    """`, said Dr. X` or `, X told reporters` right after a quote: (attributed at all, known speaker).

    `, he said` gives the pronoun itself as the speaker, for the caller to resolve.
    """
    lead = re.match(r"^[\s,.!?”\"]*", text)
    start = lead.end() if lead else 0
    rest = text[start : start + 120]
    role = re.match(r"the\s+([a-z]+)\s+(?:\w+\s+)?([a-z]+)", rest)  # "the president said"
    if role and role.group(2) in REPORTING_VERBS and namer.by_role(role.group(1)):
        return True, namer.by_role(role.group(1))
    pronoun = re.match(r"(he|she)\s+(?:\w+\s+)?([a-z]+)", rest)
    if pronoun and (pronoun.group(2) in REPORTING_VERBS or pronoun.group(2) in _EXTRA_VERBS):
        return True, pronoun.group(1)
    verb_first = re.match(r"(?P<verb>[a-z]+)\s+(?P<tail>.*)", rest)
    if verb_first and verb_first.group("verb") in REPORTING_VERBS:
        tail = verb_first.group("tail")
        found = namer.mentions(tail[:80])
        if found and len(tail[: found[0].start].split()) <= 6:
            return True, found[0].person
        role = re.match(r"the\s+([a-z]+)\b(?!\s+(?:of|for|at|to)\b)", tail)
        return True, namer.by_role(role.group(1)) if role else None  # "said one diplomat": nobody we know
    # "Treasurer Tom Berg said", "civil rights leader Ann Vo said Friday", "the mayor's aide Ann Vo said",
    # "Ann Vo, a spokeswoman for the port, told reporters"
    for mention in namer.mentions(rest[:80]):
        lead_words = rest[: mention.start]
        if (
            not re.fullmatch(r"(?:[\w.'’-]+\s+){0,5}", lead_words)
            or set(lead_words.split()) & REPORTING_VERBS
        ):
            break
        after = text[start + mention.end : start + mention.end + 200]
        if re.match(r"[’']s\b", after):
            continue  # "Obama's adviser Lisa Monaco said": the owner is not the speaker
        if _AFTER_NAME.match(after):
            return True, mention.person
    return False, None


_PREPOSITIONS = frozenset(
    "with to by of for from between about against after before on at in into toward towards than".split()
)


def _can_be_subject(text: str, mention: _Mention) -> bool:
    """A possessive ("Ruiz’s efforts"), a preposition's object ("talks with Berg") or a verb's object right
    after a past verb ("Palin defended Trump and said") is not the subject."""
    if re.match(r"[’']s\b", text[mention.end : mention.end + 2]) or re.search(
        r"[’']s$", text[mention.start : mention.end]
    ):
        return False
    previous = re.search(r"(\w+)([^\w]*)$", text[: mention.start])
    if not previous:
        return True
    word = previous.group(1)
    if word.lower() in _PREPOSITIONS:
        return False
    return not (word.islower() and word.endswith("ed") and not previous.group(2).strip())


def _speaker_before(namer: _Namer, sentence: str) -> str | None:
    """The subject of the reporting verb nearest before the quote, in the same sentence."""
    verbs = list(_VERB_RE.finditer(sentence))
    if not verbs:
        according = re.search(r"according to\s+(.{0,60})$", sentence)
        if according:
            found = namer.mentions(according.group(1))
            return found[0].person if found else None
        return None
    verb = verbs[-1]
    after_verb = sentence[verb.end() : verb.end() + 80]
    passive = re.match(r"\s+(?:\w+\s+){0,2}?by\s+(.*)", after_verb)
    if passive:
        found = namer.mentions(passive.group(1))
        if found:
            return found[0].person
    head = _APPOSITIVE.sub(lambda m: " " * len(m.group()), sentence[: verb.start()])
    found = [m for m in namer.mentions(head) if _can_be_subject(head, m)]
    pronoun = list(_PRONOUN.finditer(head))
    if found and (not pronoun or found[-1].start > pronoun[-1].start()):
        return found[-1].person
    if pronoun:
        return pronoun[-1].group().lower()  # "He told reporters, “…”": the caller resolves the pronoun
    return None


_PRONOUN_REACH = 2  # blocks back that "he said" may point to


def _referent(recent: Sequence[tuple[int, str]], pronoun: str, block: int) -> str | None:
    """Whom "he" or "she" means: in the latest paragraph (this one or up to two before) that names someone
    the pronoun fits, the first such person named, as the subject usually comes first ("Sen. Reed, ..., did
    not agree with McCain. “…,” he said." is Reed)."""
    for back in range(_PRONOUN_REACH + 1):
        fits = [p for index, p in recent if index == block - back and pronoun_fits(p.split()[0], pronoun)]
        if fits:
            return fits[0]
    return None


def find_quotes(documents: Sequence[Document], people: Sequence[Person]) -> dict[str, list[Quote]]:
    """Direct quotations per person name, each with its source."""
    namer = _Namer(people)
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for doc in documents:
        recent: list[tuple[int, str]] = []  # (block, person) named outside quotes, in reading order
        carried: str | None = None  # who spoke the quote that ended the last paragraph, if one did
        for b, block in enumerate(doc.blocks):
            if block.kind in ("heading", "caption"):
                continue
            text = block.text
            spans = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
            # A paragraph that is nothing but a quote carries on the quote that closed the paragraph before.
            only_quote = not _QUOTE.sub("", text).strip(" .,;:!?…-–—")
            previous_speaker: str | None = carried if only_quote else None
            previous_end = 0
            for match in _QUOTE.finditer(text):
                body = (match.group("a") or match.group("b") or "").strip()
                before_all = text[previous_end : match.start()]
                sentences = split_sentences(before_all) if before_all.strip() else []
                sentence = sentences[-1] if sentences and not re.search(r"[.!?]\s*$", before_all) else ""
                outside = [m for m in namer.mentions(text[: match.start()]) if _outside(spans, m.start)]
                # subjects first; the paragraph's owners ("Trump's stance ... He has said") after them
                told = [(b, m.person) for m in outside if _can_be_subject(text, m)] + [
                    (b, m.person) for m in outside if re.search(r"[’']s$", text[m.start : m.end])
                ]
                attributed, speaker = _speaker_after(namer, text[match.end() :])
                if speaker is None and sentence:
                    speaker = _speaker_before(namer, sentence)
                if speaker in ("he", "she"):
                    speaker = _referent([*recent, *told], speaker, b)
                # someone else speaking in between ends a follow-on; "of Trump's response" does not
                others = {m.person for m in namer.mentions(before_all) if _can_be_subject(before_all, m)} - {
                    previous_speaker
                }
                if (
                    speaker is None
                    and not attributed
                    and previous_speaker
                    and not others
                    and (not sentence.strip(" ,") or not _VERB_RE.search(sentence))
                ):
                    speaker = previous_speaker  # a follow-on quote from the same speaker
                previous_end = match.end()
                previous_speaker = speaker
                if speaker is None or len(body.split()) < _MIN_WORDS:
                    continue
                quote = Quote(body.rstrip(",").strip(), doc.id)
                if quote not in quotes[speaker]:
                    quotes[speaker].append(quote)
            tail = [m for m in namer.mentions(text) if _outside(spans, m.start)]
            recent.extend((b, m.person) for m in tail if _can_be_subject(text, m))
            carried = previous_speaker if spans else None
    return quotes


def attach_quotes(documents: Sequence[Document], people: Sequence[Person]) -> list[Person]:
    """The people with their quotations filled in, full-sentence quotes first."""
    found = find_quotes(documents, people)

    def rank(q: Quote) -> bool:
        return not q.text[:1].isupper()  # whole-sentence quotes first; otherwise document order (stable sort)

    return [replace(p, quotes=tuple(sorted(found.get(p.name, []), key=rank))) for p in people]
