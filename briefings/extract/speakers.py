"""Who said a quote, from the words around it: after it ("…," said X), before it (X told reporters, "…"), set
between commas, in the passive ("called “…” by X"), a role, a pronoun and its antecedent, the next sentence.

Used by `briefings.story.quotes`, which reads each article's paragraphs in order and keeps who is in focus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefings.extract.given_names import pronoun_fits
from briefings.extract.lexicon import REPORTING_VERBS
from briefings.extract.namer import Mention, Namer
from briefings.extract.quote_patterns import (
    ATTRIBUTION_VERBS,
    DESCRIPTORS,
    INSERTED_LEAD,
    INSERTED_TAIL,
    MORE_REPORTING_VERBS,
    OBJECT_PREPOSITIONS,
    PASSIVE_REPORTING,
    RELATED_LINKS,
    ROLE_SAID_ADVERBS,
)
from briefings.extract.quote_roles import Describe, role_subject
from briefings.text import split_sentences
from briefings.thresholds import AFTER_REACH, NEXT_LEAD, PRONOUN_REACH, SENTENCE_REACH

# “curly”, "straight", or one of each ("Keep calm,” as scraped pages mix them); “typeset’’ closes with two’’
QUOTE = re.compile(r"“(?P<a>[^”“\"]{3,800}?)(?:[”\"]|’’|'')|\"(?P<b>[^\"“”]{3,800})[\"”]")
VERB_RE = re.compile(
    r"\b(" + "|".join(sorted(REPORTING_VERBS | ATTRIBUTION_VERBS, key=len, reverse=True)) + r")\b"
)
_OF_PLACE = r"(?:(?:from|of)\s+(?:[A-Z][\w.-]+\s+){1,3})?"  # "senator from New Mexico"
_PRONOUN = re.compile(r"\b(he|she|He|She)\b")
# "the lifeguard captain said", "the Iowa farmer said Sunday", "the senator from Ohio later told": the role's
# last word right before the reporting verb (an adverb may stand between)
_ROLE_SAID = re.compile(
    r"the\s+(?:[\w.'’-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\s+"
    + _OF_PLACE
    + r"(?:(?:"
    + "|".join(ROLE_SAID_ADVERBS)
    + r"|\w+ly)\s+)?"
    r"(?P<verb>" + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True)) + r")\b"
)
_DESCRIBED = "described:"  # what _speaker_after gives for "the Iowa farmer said": resolved by the caller
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|former|who|which|then)\b[^,“”\"]{0,120},")
_DASHED = re.compile(r"\s(?:--|—|–)\s[^—–]{1,200}?\s(?:--|—|–)\s")  # " -- hours after the ruling -- "
# past an appositive, which may hold commas of its own (", assessing the damage, the floods and the cost, told")
_AFTER_NAME = re.compile(r"(?:,[^;“”\"]{2,240}?,)?\s+(?:\w+\s+)?(" + VERB_RE.pattern + ")")


def outside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether a position lies outside all the spans (quotes) given."""
    return not any(a <= pos < b for a, b in spans)


@dataclass(frozen=True)
class _After:
    """The words right after a quote, as the attribution shapes read them."""

    namer: Namer
    text: str  # everything after the quote
    start: int  # where its words begin (past closing marks and commas)
    describe: Describe

    @property
    def rest(self) -> str:
        """The words read for an attribution."""
        return self.text[self.start : self.start + AFTER_REACH]


Said = tuple[
    bool, "str | None"
]  # (attributed at all, the speaker: a name, a pronoun or a description, if known)


def _role_said(after: _After) -> Said | None:
    """ "the president said", "the Republican senator from Florida said Sunday" ("the tweet said": read on)."""
    role = _ROLE_SAID.match(after.rest)
    noun = role["noun"].lower() if role else ""
    if role and (after.namer.by_role(noun) or after.describe(noun) or noun in DESCRIPTORS):
        return True, after.namer.by_role(noun) or after.describe(noun) or _DESCRIBED + noun
    return None


def _pronoun_said(after: _After) -> Said | None:
    """ "he said", "she later told": the pronoun itself, for the caller to resolve."""
    pronoun = re.match(r"(he|she)\s+(\w+)(?:\s+(\w+))?", after.rest)
    if pronoun and {pronoun.group(2), pronoun.group(3)} & (REPORTING_VERBS | ATTRIBUTION_VERBS):
        return True, pronoun.group(1)
    return None


def _said_name(after: _After) -> Said | None:
    """ "said Dr. Ann Vo", "said the biographer" (the article's one biographer; "said one diplomat": nobody)."""
    verb_first = re.match(r"(?P<verb>[a-z]+)\s+(?P<tail>.*)", after.rest)
    if not (verb_first and verb_first.group("verb") in REPORTING_VERBS | MORE_REPORTING_VERBS):
        return None
    tail = verb_first.group("tail")
    found = after.namer.mentions(tail[:80])
    if found and len(tail[: found[0].start].split()) <= 6:
        return True, found[0].person
    role = re.match(r"the\s+([a-z]+)\b(?!\s+(?:of|for|at|to)\b)", tail)
    return True, (after.namer.by_role(role.group(1)) or after.describe(role.group(1))) if role else None


def _name_said(after: _After) -> Said | None:
    """ "Treasurer Tom Berg said", "civil rights leader Ann Vo said Friday", "the mayor's aide Ann Vo said",
    "Ann Vo, a spokeswoman for the port, told reporters"."""
    rest = after.rest
    for mention in after.namer.mentions(rest[:80]):
        lead_words = rest[: mention.start]
        # "Ivo Brask’s chief housing adviser, Ann Roe, told": a role, a comma, the name
        if (
            not re.fullmatch(r"(?:[\w.'’-]+\s+){0,5}|(?:[\w.'’-]+\s+){1,7}[\w.'’-]+,\s+", lead_words)
            or set(lead_words.replace(",", " ").split()) & REPORTING_VERBS
        ):
            break
        following = after.text[after.start + mention.end : after.start + mention.end + 200]
        if lead_words.endswith(", ") and following.startswith(","):
            following = following[1:]  # the comma that closes "adviser, Ann Roe, told"
        if re.match(r"[’']s\b", following):
            continue  # "Ivo Brask's adviser Ann Roe said": the owner is not the speaker
        if _AFTER_NAME.match(following):
            return True, mention.person
    return None


def _misspelt_said(after: _After) -> Said | None:
    """ "“…,” Vantora said" of Vantori: a surname one letter off a known one's, before a reporting verb."""
    slip = re.match(r"([A-Z][a-z]+)\s+(?:" + VERB_RE.pattern + ")", after.rest)
    if slip and after.namer.misspelt(slip.group(1)):
        return True, after.namer.misspelt(slip.group(1))
    return None


# The shapes of an attribution after a quote, tried in this order; the first that reads one gives it.
AFTER_SHAPES: tuple[Callable[[_After], Said | None], ...] = (
    _role_said,
    _pronoun_said,
    _said_name,
    _name_said,
    _misspelt_said,
)


def _speaker_after(namer: Namer, text: str, describe: Describe) -> Said:
    """`, said Dr. X` or `, X told reporters` right after a quote: (attributed at all, known speaker).

    `, he said` gives the pronoun itself as the speaker, for the caller to resolve.
    """
    lead = re.match(r"^[\s,.!?”\"]*", text)
    after = _After(namer, text, lead.end() if lead else 0, describe)
    for shape in AFTER_SHAPES:
        said = shape(after)
        if said is not None:
            return said
    return False, None


# "Neruda, called “the greatest poet …” by Gabriel García Márquez": the one after "by" spoke
_PASSIVE_BEFORE = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in PASSIVE_REPORTING) + r")\s*[,:]?\s*$"
)


def _passive_agent(namer: Namer, sentence: str, after: str) -> tuple[bool, str | None]:
    """Whether a passive reporting verb before the quote names its speaker after it ("called “…” by Ann Vo"),
    and that speaker when we know them (else nobody: never the subject the words were said of)."""
    if not sentence or not _PASSIVE_BEFORE.search(sentence):
        return False, None
    by = re.match(r"[\s,.”\"]*by\s+(?=[A-Z])", after)
    if not by:
        return False, None
    found = namer.mentions(after[by.end() : by.end() + 80])
    return True, found[0].person if found and found[0].start == 0 else None


def _someone_unknown(namer: Namer, sentence: str) -> bool:
    """Whether the quote's own sentence has a reporting verb whose speaker is no one we know ("On Thursday, Roe
    was already posting: “…,” she wrote"): a "she" after the quote is that speaker, not someone named earlier."""
    return bool(sentence and VERB_RE.search(sentence)) and speaker_before(namer, sentence) is None


def attribution(namer: Namer, sentence: str, after: str, describe: Describe) -> tuple[bool, str | None]:
    """Whether the words around a quote attribute it, and to whom: a person, a pronoun or a description for
    `resolve`, or None (`sentence`: the quote's sentence before it; `after`: the text after it)."""
    attributed, speaker = _speaker_after(namer, after, describe)
    passive, agent = _passive_agent(namer, sentence, after[:AFTER_REACH])
    if passive:
        return True, agent
    if speaker in ("he", "she"):
        before = speaker_before(namer, sentence) if sentence and VERB_RE.search(sentence) else None
        if before is None and _someone_unknown(namer, sentence):
            return True, None  # "Roe was already posting: “…,” she wrote": she is Roe, whom we do not know
        if before and before not in ("he", "she") and pronoun_fits(before.split()[0], speaker):
            return True, before  # "Roe was posting: “…,” she wrote": the sentence's own subject
    if speaker is None and sentence:
        speaker = speaker_before(namer, sentence) or role_subject(sentence, describe)
    return attributed, speaker


def resolve(speaker: str | None, recent: Sequence[tuple[int, str]], block: int) -> str | None:
    """A pronoun or a description ("the Iowa farmer") made the person it stands for, when that is clear."""
    if speaker in ("he", "she"):
        return referent(recent, speaker, block)
    if speaker and speaker.startswith(_DESCRIBED):
        return _only_one(recent, block)
    return speaker


_ACCORDING = re.compile(r"\baccording\s+to\s*$", re.IGNORECASE)


def can_be_subject(text: str, mention: Mention) -> bool:
    """A possessive ("Ruiz’s efforts"), a preposition's object ("talks with Berg") or a verb's object right
    after a past verb ("Vo defended Ruiz and said") is not the subject."""
    if re.match(r"[’']s\b", text[mention.end : mention.end + 2]) or re.search(
        r"[’']s$", text[mention.start : mention.end]
    ):
        return False
    previous = re.search(r"(\w+)([^\w]*)$", text[max(0, mention.start - 60) : mention.start])
    if not previous:
        return True
    word = previous.group(1)
    if word.lower() == "to" and _ACCORDING.search(text[max(0, mention.start - 20) : mention.start]):
        return True  # "According to Ann Vo, …": the source speaks
    if word.lower() in OBJECT_PREPOSITIONS:
        return False
    return not (word.islower() and word.endswith("ed") and not previous.group(2).strip())


def _inserted_speaker(namer: Namer, before_verb: str, after_verb: str) -> str | None:
    """The speaker of an attribution set between commas, name after the verb ("…, said the poet Ann Vo, …")."""
    if not before_verb.rstrip().endswith(","):
        return None
    found = namer.mentions(after_verb)
    if not found or not re.fullmatch(INSERTED_LEAD, after_verb[: found[0].start]):
        return None
    return found[0].person if re.match(INSERTED_TAIL, after_verb[found[0].end :]) else None


# What may stand before and after the name in a label that opens a quote ("- Mayor Ann Vo, of Tarvos: “…”"): a
# bullet and capitalised title words before it, a role after a comma.
_LABEL_LEAD = re.compile(r"[\s\-–—•*·]*(?:[A-Z][\w.'’-]*\s+){0,3}")
_LABEL_TAIL = re.compile(r"(?:,\s*[^,:;“”\"]{1,40})?")


def speaker_before(namer: Namer, sentence: str) -> str | None:
    """The subject of the reporting verb nearest before the quote, in the same sentence."""
    label = re.fullmatch(r"\s*(.{2,60}?)\s*[:\-–—]\s*", sentence)  # "Ann Roe- “…”", "Ann Vo: “…”"
    if label:
        found = namer.mentions(label.group(1))
        # a list of reactions: "- Mayor Ann Vo: “…”", "Ann Vo, the mayor: “…”": a bullet or a title before the
        # name, a role after it between a comma and the colon
        if (
            len(found) == 1
            and _LABEL_LEAD.fullmatch(label.group(1)[: found[0].start])
            and _LABEL_TAIL.fullmatch(label.group(1)[found[0].end :])
        ):
            return found[0].person
    verbs = list(VERB_RE.finditer(sentence))
    if not verbs:
        return _verbless_speaker(namer, sentence)
    verb = verbs[-1]
    after_verb = sentence[verb.end() : verb.end() + 80]
    passive = re.match(r"\s+(?:\w+\s+){0,2}?by\s+(.*)", after_verb)
    agent = namer.mentions(passive.group(1)) if passive else ()
    if agent:
        return agent[0].person  # "…,” was said by Ann Vo"
    return _inserted_speaker(namer, sentence[: verb.start()], after_verb) or _subject(
        namer, sentence[: verb.start()]
    )


def _verbless_speaker(namer: Namer, sentence: str) -> str | None:
    """The speaker a sentence with no reporting verb gives its quote: "according to Ann Vo", or the subject of a
    sentence ending in a colon ("She closed the post with: “…”")."""
    according = re.search(r"according to\s+(.{0,60})$", sentence)
    if according:
        found = namer.mentions(according.group(1))
        return found[0].person if found else None
    if sentence.rstrip().endswith(":"):
        opening = re.match(r"\s*(?:He|She)\b", sentence)
        if opening:
            return opening.group().strip().lower()
        first = namer.mentions(sentence[:60])
        if len(first) > 1 and sentence[first[0].end : first[1].start].strip() in ("and", "&"):
            return None  # "Ann Vo and Bo Li: “…”": two people's words, neither's alone
        if first and not sentence[: first[0].start].strip():
            return first[0].person
    return None


def _subject(namer: Namer, head: str) -> str | None:
    """The reporting verb's subject in the words before it (past appositives and dashed asides): the last name
    that can be a subject, or a pronoun after it for the caller to resolve ("He told reporters, “…”")."""
    head = RELATED_LINKS.sub("", head)
    head = _APPOSITIVE.sub(lambda m: " " * len(m.group()), head)
    head = _DASHED.sub(lambda m: " " * len(m.group()), head)
    subjects = [m for m in namer.mentions(head) if can_be_subject(head, m)]
    pronoun = list(_PRONOUN.finditer(head))
    if subjects and (not pronoun or subjects[-1].start > pronoun[-1].start()):
        return subjects[-1].person
    return pronoun[-1].group().lower() if pronoun else None


def whole_sentence(text: str, end: int) -> str:
    """The sentence that ends at `end`, from its true start: quotes inside it are blanked out."""
    start = max(0, end - SENTENCE_REACH)  # a sentence is not longer than this: the cost stays linear
    masked = QUOTE.sub(lambda m: " " + "x" * (len(m.group()) - 2) + " ", text[start:end])
    sentences = split_sentences(masked)
    return sentences[-1] if sentences else ""


def speaks_near(text: str, mention: Mention) -> bool:
    """A reporting verb within a few words before or after the mention ("said Ruiz", "Ruiz, 60, told")."""
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 200]
    return bool(_AFTER_NAME.match(after) or re.search(VERB_RE.pattern + r"\s+(?:\w+\s+)?$", before))


TITLE_BEFORE = re.compile(r"(?:\b[A-Z]\w*[’']s|\bon)\s*$")


def referent(recent: Sequence[tuple[int, str]], pronoun: str, block: int) -> str | None:
    """Whom "he" or "she" means: in the latest paragraph (this one or up to two before) that names someone
    the pronoun fits, the first such person named, as the subject usually comes first ("Sen. Roe, ..., did
    not agree with Vo. “…,” he said." is Roe)."""
    for back in range(PRONOUN_REACH + 1):
        fits = [p for index, p in recent if index == block - back and pronoun_fits(p.split()[0], pronoun)]
        if fits:
            return fits[0]
    return None


def speaker_next(namer: Namer, after: str) -> str | None:
    """A quote standing as its own sentence whose speaker the next sentence names as its subject ("“We will
    rebuild.” Mayor Ann Vo said the city would …", "“…” That was how Ann Vo put it."), when that sentence holds no
    quote of its own (which its speaker may be introducing instead)."""
    if not re.match(r"\s+[A-Z]", after):
        return None  # not a new sentence: the same sentence goes on (", she said")
    following = split_sentences(after.strip())[:1]
    if not following or _QUOTE_MARK.search(following[0]):
        return None
    found = namer.mentions(following[0])
    if not found or len(following[0][: found[0].start].split()) > NEXT_LEAD:
        return None
    said = following[0][found[0].end : found[0].end + 200]
    return found[0].person if _AFTER_NAME.match(said) or re.match(r"[’']s\b", said) else None


_QUOTE_MARK = re.compile(r"[“”\"]")


def _only_one(recent: Sequence[tuple[int, str]], block: int) -> str | None:
    """Whom "the Iowa farmer said" means when no one holds that role: the one person named in this
    paragraph and the one before, if only one was (a second name there could be the one described)."""
    named = {p for index, p in recent if block - 1 <= index <= block}
    return named.pop() if len(named) == 1 else None


def unclosed(text: str) -> int | None:
    """Where a quotation opens that the paragraph does not close (it goes on in the next paragraph), if one does."""
    opening, closing = text.rfind("“"), text.rfind("”")
    if opening > closing:
        return opening
    if text.count('"') % 2 == 1:
        return text.rfind('"')
    return None
