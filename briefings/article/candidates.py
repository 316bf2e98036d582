"""Possible people in one sentence, from the text alone: a title before a name, an appositive after it, or a
reporting verb. This is an article's own work (kept per article); people.py merges the candidates.

Where a name may stand is name_spans.py's, the cues around it name_context.py's, the cue words name_patterns.py's
and lexicon.py's; this module weighs them into one candidate per sighting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefings.extract.name_context import (
    PERSON_NOUNS,
    appositive_after,
    dashed_list,
    one_of_group,
    others_after,
    pair_after_role,
    plain_modifier,
    role_before,
    role_before_list,
    shared_surname,
    title_before,
    verb_near,
)
from briefings.extract.name_patterns import (
    ACTS,
    ACTS_AFTER,
    AGE_AFTER,
    AGE_BEFORE,
    BODY_NOUNS,
    BRACKETED,
    CREDIT_AFTER,
    CREDIT_BEFORE,
    CREDIT_VERBS,
    DASHED,
    FAMILY_NOUNS,
    GENERIC_PERSON_NOUNS,
    HANDLE_AFTER,
    OUTLET_BEFORE,
    OUTLET_LEADS,
    PARTY_WORDS,
    PLACE_PREPOSITIONS,
    POSITION_AFTER,
    POSITION_BEFORE,
    RELATED_LINKS,
    RELATIVE,
    ROLE_LIST,
    RUN_OPENERS,
    SHARED_SURNAME,
    TIME_WORDS,
    VESSEL_PREFIXES,
    WHO_AFTER,
)
from briefings.extract.name_spans import given_name_first, name_bounds, runs, titled_work
from briefings.extract.name_tokens import ARABIC_PARTICLE, POSSESSIVE, Token, is_title, name_token, tokenize
from briefings.model import Sentence
from briefings.text import fold
from briefings.thresholds import BRACKET_REACH, CREDIT_REACH, CUE_REACH, MAX_NAME_WORDS, OUTLET_WORDS

__all__ = ["ARABIC_PARTICLE", "BODY_EVIDENCE", "WORK_EVIDENCE", "Candidate", "candidates_in", "document_candidates"]

WORK_EVIDENCE = "work"  # a candidate's evidence when the run is written as a work's title: against a person
BODY_EVIDENCE = "body"  # a candidate's evidence when a body's noun describes the run ("the blog Harbour Pols")


@dataclass
class Candidate:
    """One sighting of a possible person in one sentence."""

    name: str
    doc_id: str
    role: str | None = None
    evidence: set[str] = field(default_factory=set)
    opens_sentence: bool = False  # its first word is capitalised anyway


def candidates_in(sentence: Sentence) -> list[Candidate]:
    """Possible people in one sentence, each with the evidence that makes it a person."""
    tokens = tokenize(sentence.text)
    widgets = [m.span() for m in RELATED_LINKS.finditer(sentence.text)] if "MORE" in sentence.text else []
    found: list[Candidate] = []
    for run_start, run_end in runs(tokens):
        start, end = name_bounds(tokens, run_start, run_end)
        if end - start > MAX_NAME_WORDS or _not_a_person(tokens, start, end, sentence.text):
            continue
        if any(a <= tokens[start].start < b for a, b in widgets):
            continue  # a headline's name in a related-links widget
        sighted = _sightings(sentence, tokens, start, end)
        found += sighted + _sharing_surname(sentence, tokens, start, end, sighted)
    return found


def _sharing_surname(
    sentence: Sentence, tokens: Sequence[Token], start: int, end: int, sighted: list[Candidate]
) -> list[Candidate]:
    """ "brothers Oskar, Jon and Ann Roe": Oskar Roe and Jon Roe, each with the cue and the listed role the full
    name has; the full name gains the cue too (added here when it had no other)."""
    firsts = shared_surname(tokens, start, end)
    if not firsts:
        return []
    name = " ".join(t.text for t in tokens[start : end - 1]) + " " + POSSESSIVE.sub("", tokens[end - 1].text)
    full = next((c for c in sighted if c.name == name), None)
    added = [] if full else [Candidate(name=name, doc_id=sentence.doc_id, evidence={"given-name"})]
    full = full or added[0]
    full.evidence.add(SHARED_SURNAME)
    surname = name.split()[-1]
    for k in firsts:
        added.append(
            Candidate(
                name=f"{tokens[k].text} {surname}",
                doc_id=sentence.doc_id,
                role=full.role if ROLE_LIST in full.evidence else None,
                evidence={SHARED_SURNAME, "given-name"} | (full.evidence & {"verb", "title", ROLE_LIST}),
            )
        )
    return added


def _not_a_person(tokens: Sequence[Token], start: int, end: int, text: str) -> bool:
    """A vessel ("the USS Ann Roe") or a credit ("AP Photo/Ann Roe", "Ann Roe / AP", "Ann Roe contributed")."""
    if start > 0 and tokens[start - 1].text.isupper() and tokens[start - 1].lower in VESSEL_PREFIXES:
        return True
    credit_window = text[max(0, tokens[start].start - CREDIT_REACH) : tokens[start].start]
    return bool(CREDIT_BEFORE.search(credit_window) or CREDIT_AFTER.match(text, tokens[end - 1].end))


def _sightings(sentence: Sentence, tokens: Sequence[Token], start: int, end: int) -> list[Candidate]:
    """The candidates one name run gives: itself with its evidence, and a second one for a second role."""
    text = sentence.text
    name = " ".join(
        POSSESSIVE.sub("", t.text) if k == end - 1 else t.text
        for k, t in enumerate(tokens[start:end], start=start)
    )
    if end - start == 1 and _cut_from_longer(tokens, end):
        return []
    opens = start == 0 or tokens[start - 1].text in RUN_OPENERS
    cand = Candidate(name=name, doc_id=sentence.doc_id, opens_sentence=opens)
    titled = _title_cues(cand, tokens, start, end)
    _cues_before(cand, tokens, start, end, text)
    found: list[Candidate] = []
    if POSSESSIVE.search(tokens[end - 1].text) is None:
        found += _cues_after(cand, tokens, start, end, text, titled=titled)
    if not cand.evidence and 2 <= end - start <= 3 and given_name_first(tokens, start, end):
        if titled_work(tokens, start, end, text):
            # "hits such as Ann Roe and Bad", "“Ann Roe”": a song's or a film's title, noted as such
            return [*found, Candidate(name=name, doc_id=sentence.doc_id, evidence={WORK_EVIDENCE})]
        cand.evidence.add("given-name")
        cand.evidence |= _supporting(tokens, start, end, text)
    _role_cues(cand, tokens, start, end)
    if _described_as_body(cand, tokens, start) and not (end < len(tokens) and tokens[end].capitalised):
        return [Candidate(name=name, doc_id=sentence.doc_id, evidence={BODY_EVIDENCE})]
    return found if _dropped(cand, tokens, start) else [*found, cand]


def _cut_from_longer(tokens: Sequence[Token], end: int) -> bool:
    """ "Chief National Security Council Spokesman": a one-word run that a capitalised ordinary word goes on from
    is the start of a body's or a title's name, not a person's (a day or a time may follow a name: "President
    Roe Monday")."""
    if end >= len(tokens):
        return False
    word = tokens[end].text
    return (
        word[:1].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and not name_token(tokens[end])
        and tokens[end].lower not in TIME_WORDS
    )


def _described_as_body(cand: Candidate, tokens: Sequence[Token], start: int) -> bool:
    """ "the liberal blog Harbour Pols", "Harbour Aid, an international organization devoted to ...": a body's
    noun right before the name, or among the first words of a role that names no person (the caller checks the
    run is the body's whole name, not "Roe" of "the firm Roe Communications")."""
    if start > 0 and tokens[start - 1].text.islower() and tokens[start - 1].lower in BODY_NOUNS:
        return True
    words = [fold(w) for w in (cand.role or "").split()[:4]]
    return any(w in BODY_NOUNS for w in words) and not any(w in PERSON_NOUNS for w in words)


def _title_cues(cand: Candidate, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Adds the title before a name to `cand` (its evidence, and its role when it holds one); whether it had one."""
    title, real = title_before(tokens, start)
    if title and end - start < 2 and tokens[start - 1].lower in PARTY_WORDS:
        return False  # "the Republican National Committee": a party word titles a full name only
    if title:
        cand.evidence.add("title")
        if tokens[start - 1].capitalised and is_title(tokens[start - 1]):
            cand.evidence.add("formal-title")  # "President Vo", not "official Norland"
        if real:
            cand.role = title
    return bool(title)


def _role_cues(cand: Candidate, tokens: Sequence[Token], start: int, end: int) -> None:
    """Adds a role between commas before a name to `cand` ("the mayor, Ann Roe,"), or a group it belongs to
    ("his parents, Ann Roe and Bo Li,", "One of the hosts, Ann Roe,": evidence, no role of one's own)."""
    if pair_after_role(tokens, start, end) or one_of_group(tokens, start, end):
        cand.evidence.add("title")
    listed = role_before_list(tokens, start, end)
    if listed:
        cand.evidence |= {"title", ROLE_LIST}  # "Roman emperors Vo and Lin": each holds the role
        cand.role = cand.role or listed
    role = role_before(tokens, start, end)
    if role and role in FAMILY_NOUNS and start >= 3 and _owner(tokens[start - 3]):
        cand.evidence.add(RELATIVE)  # "his wife, Melka,": a relative named by a first name
    if role:
        cand.evidence.add("title")
        if role not in GENERIC_PERSON_NOUNS:
            cand.role = cand.role or role


def _owner(token: Token) -> bool:
    """ "his", "her", "their" or a possessive name ("Roe's") before a relative's noun."""
    return token.lower in ("his", "her", "their") or bool(token.capitalised and POSSESSIVE.search(token.text))


def _supporting(tokens: Sequence[Token], start: int, end: int, text: str) -> set[str]:
    """The weak cues beside a name a known first name starts: an outlet's possessive before it ("CNN's Ann
    Roe"), brackets after a lowercase word ("their parents (Ann Roe and Bo Li)"), a list set off by dashes
    ("— Ann Roe, Bo Li and Cy Vo —"), a verb it is the subject of ("Ann Roe emailed")."""
    cues: set[str] = set()
    previous = tokens[start - 1] if start > 0 else None
    if previous and _outlet_before(tokens, start):
        cues.add(OUTLET_BEFORE)
    if _in_brackets(tokens, start, end):
        cues.add(BRACKETED)
    if dashed_list(tokens, start, end):
        cues.add(DASHED)
    if _acts(tokens, start, end, text):
        cues.add(ACTS)
    return cues


def _acts(tokens: Sequence[Token], start: int, end: int, text: str) -> bool:
    """ "Ann Roe emailed his superiors", "Ann Roe is starting to": the name is the subject of the verb after it;
    not a credit ("Ann Roe reported from Kyiv", "by Ann Roe") nor an outlet's reporter ("The Post's Ann Roe")."""
    after = ACTS_AFTER.match(text, tokens[end - 1].end)
    if after is None or POSSESSIVE.search(tokens[end - 1].text):
        return False
    if after.group().split()[0] in CREDIT_VERBS:
        return False
    return not (start > 0 and (tokens[start - 1].lower == "by" or POSSESSIVE.search(tokens[start - 1].text)))


def _in_brackets(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "their parents (Ann Roe and Bo Li)": names alone in brackets right after a lowercase word."""
    k = start - 1
    while (
        k >= 0 and start - k <= BRACKET_REACH and (tokens[k].capitalised or tokens[k].lower in ("and", ","))
    ):
        k -= 1  # back over the names listed before this one
    return (
        k >= 1
        and tokens[k].text == "("
        and tokens[k - 1].text.islower()
        and end < len(tokens)
        and tokens[end].lower in (")", "and", ",")
    )


def _outlet_before(tokens: Sequence[Token], start: int) -> bool:
    """ "told CNN's Ann Roe", "in an interview with The Post's Ann Roe": an outlet's possessive before a name,
    a verb of telling (or "with") before the outlet."""
    k = start - 1
    if tokens[k].text in ("’", "'") and k > 0 and tokens[k - 1].capitalised:
        k -= 1  # "NBC News’ Ann Roe"
    elif not (tokens[k].text[:1].isupper() and tokens[k].text[-2:] in ("'s", "’s")):
        return False
    first = k  # the outlet's first word: "told The Harbour Times' Ann Roe"
    while (
        first > 0
        and k - first < OUTLET_WORDS
        and (tokens[first - 1].capitalised or tokens[first - 1].lower == "the")
    ):
        first -= 1
    return first > 0 and tokens[first - 1].lower in OUTLET_LEADS


def _cues_before(cand: Candidate, tokens: Sequence[Token], start: int, end: int, text: str) -> None:
    """Adds the evidence right before a name to `cand`: an age ("1-year-old Ann Roe"; not "11-year-old Little
    League star", a noun after the run), the second of two people a photo caption places ("Bo Li, left, and Ann
    Roe")."""
    before = text[max(0, tokens[start].start - CUE_REACH) : tokens[start].start]
    if AGE_BEFORE.search(before) and not (end < len(tokens) and plain_modifier(tokens[end])):
        cand.evidence.add("age")
    if POSITION_BEFORE.search(before):
        cand.evidence.add("pictured")


def _cues_after(
    cand: Candidate, tokens: Sequence[Token], start: int, end: int, text: str, *, titled: bool
) -> list[Candidate]:
    """Adds the evidence after a name (an age, a post's handle, an appositive, a reporting verb) to `cand`; an
    appositive that gives a second role is a candidate of its own, returned."""
    name_end = tokens[end - 1].end
    if AGE_AFTER.match(text, name_end):
        cand.evidence.add("age")  # "Ann Roe, 26, and her husband"
    if HANDLE_AFTER.match(text, name_end):
        cand.evidence.add("signed")  # "— Ann Roe (@annroe) May 3, 2016"
    if WHO_AFTER.match(text, name_end):
        cand.evidence.add("who")  # "Ann Roe, who visited Cuba,": only a person is "who"
    if others_after(text, name_end):
        cand.evidence.add("others")  # "Ann Roe and other victims": one of a group of people
    if POSITION_AFTER.match(text, name_end):
        cand.evidence.add("pictured")  # "Ann Roe, left, and her son": a photo caption places a person
    speaks = verb_near(tokens, start, text, name_end)
    appositive = appositive_after(text, name_end, need_role_noun=not (speaks or titled))
    found: list[Candidate] = []
    if appositive:
        cand.evidence.add("appositive")
        cand.role = cand.role or appositive
        if cand.role != appositive:
            found.append(
                Candidate(name=cand.name, doc_id=cand.doc_id, role=appositive, evidence={"appositive"})
            )
    if speaks:
        cand.evidence.add("verb")
    return found


def _dropped(cand: Candidate, tokens: Sequence[Token], start: int) -> bool:
    """A sighting that is no person's: a sentence's first words without a cue, a place or a body that speaks."""
    if start == 0:
        return not cand.evidence
    previous = tokens[start - 1].lower
    if (
        cand.evidence == {"verb"}
        and previous in PLACE_PREPOSITIONS
        and not (start > 1 and tokens[start - 2].lower == "according")
    ):
        return True  # "analysts at Brightwater Capital said": a place or an organisation, not a person
    return cand.evidence <= {"verb", "appositive"} and previous == "the"  # "the Geological Survey said"


def document_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """The possible people in some sentences (one article's), headings left out."""
    return [c for s in sentences if s.kind != "heading" for c in candidates_in(s)]
