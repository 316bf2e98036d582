"""Possible people in one sentence, from the text alone: a title before a name, an appositive after it, or a
reporting verb. This is an article's own work (kept per article); people.py merges the candidates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefings.extract.gazetteer import country_names, is_nationality, is_place
from briefings.extract.given_names import is_given_name
from briefings.extract.lexicon import (
    COURTESY_TITLES,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    PLURAL_TITLES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_CONTINUATIONS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from briefings.extract.name_patterns import (
    AGE_AFTER,
    CREDIT_AFTER,
    CREDIT_BEFORE,
    HANDLE_AFTER,
    ROLE_BEFORE_NOUNS,
    SPEAKER_VERBS,
    STOPWORD_FIRST_NAMES,
    VESSEL_PREFIXES,
    WORK_LIST_JOINERS,
    WORK_LIST_REACH,
    WORK_NOUNS,
)
from briefings.model import Sentence
from briefings.text import STOPWORDS, fold

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'\-]*[^\W_])?|\d[\d,.]*|[^\w\s]")
_DOTTED = frozenset(
    "dr mr mrs ms gen sen rep gov lt col capt prof st jr sr sgt adm maj cmdr supt insp det cpl pvt".split()
)
_POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(frozen=True)
class Token:
    """A token with its offsets in the sentence."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """The token folded to lowercase without accents."""
        return fold(self.text)

    @property
    def capitalised(self) -> bool:
        """Starts with a capital letter."""
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Word, number and punctuation tokens of a sentence, with offsets; "Dr." keeps its full stop."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        if (
            m.group() == "."
            and tokens
            and tokens[-1].end == m.start()
            and (fold(tokens[-1].text) in _DOTTED or re.fullmatch(r"[A-Z]", tokens[-1].text))
        ):
            tokens[-1] = Token(tokens[-1].text + ".", tokens[-1].start, m.end())  # "Dr.", the "F." of John F.
        else:
            tokens.append(Token(m.group(), m.start(), m.end()))
    return tokens


def _is_title(token: Token) -> bool:
    return token.lower in TITLE_WORDS or token.lower.rstrip(".") in TITLE_WORDS


def _role_word(token: Token) -> bool:
    """A lowercase noun that stands before a name as its role ("his wife Ann Roe", "host Ann Roe")."""
    return token.text.islower() and token.lower in ROLE_BEFORE_NOUNS


def _role_or_title(token: Token) -> bool:
    return _is_title(token) or _role_word(token)


def _name_token(token: Token) -> bool:
    return _name_word(token.text)


@lru_cache(maxsize=1 << 16)
def _name_word(word: str) -> bool:
    """Whether a token's text may be a word of a name (asked again for the same words over and over)."""
    text = _POSSESSIVE.sub("", word)
    low = fold(text)
    if not text or not text[0].isupper() or not any(c.islower() for c in text):
        return False  # lowercase words and acronyms (NATO, UNHCR) are not names
    if low in STOPWORDS or low in NOT_NAME_WORDS or low in PLURAL_TITLES or low.rstrip(".") in TITLE_WORDS:
        return False
    if low in TITLE_CONTINUATIONS or len(_GLUED.findall(text)) > 1:
        return False  # "TrumpMcMaster": two names a scraper glued together (one join: "McMaster", "LaRae")
    return bool(re.fullmatch(r"[^\W\d_][\w’'\-]*", text))


_GLUED = re.compile(r"[a-z][A-Z]")


ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|ibn|bin|abu)-[A-Z][\w’'\-]+")


def _particle_name(token: Token) -> bool:
    """ "al-Rashid", "el-Amin": a surname led by a lowercase particle."""
    return bool(ARABIC_PARTICLE.fullmatch(_POSSESSIVE.sub("", token.text)))


_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")
_PLACE_PREPOSITIONS = frozenset("at from in of for with to by".split())
_PLACE_HEADS = frozenset("san santa saint st new north south east west fort port mount lake".split())


WORK_EVIDENCE = "work"  # a candidate's evidence when the run is written as a work's title: against a person


@dataclass
class Candidate:
    """One sighting of a possible person in one sentence."""

    name: str
    doc_id: str
    role: str | None = None
    evidence: set[str] = field(default_factory=set)
    opens_sentence: bool = False  # its first word is capitalised anyway


def _plain_modifier(token: Token) -> bool:
    """A lowercase noun that can stand before a lowercase title: not a stop word, verb or number."""
    low = token.lower
    return (
        token.text.isalpha()
        and token.text.islower()
        and low not in STOPWORDS
        and low not in REPORTING_VERBS
        and low not in PLURAL_TITLES
        and not low.endswith(("ed", "ing", "ly"))
    )


def _title_before(tokens: Sequence[Token], start: int) -> tuple[str | None, bool]:
    """The title phrase right before tokens[start], and whether it holds a real role (not just "Dr.")."""
    i = start - 1
    if i < 0:
        return None, False
    prev = tokens[i]
    if not (_role_or_title(prev) or prev.lower in TITLE_CONTINUATIONS):
        return None, False
    first = i
    lowercase_modifiers = 0
    while first - 1 >= 0:
        tok = tokens[first - 1]
        low = tok.lower
        if (
            not prev.capitalised
            and lowercase_modifiers < 2
            and first == i - lowercase_modifiers
            and _plain_modifier(tok)
        ):
            first -= 1  # "union leader", "conflict resolution expert": a lowercase title keeps its nouns
            lowercase_modifiers += 1
            continue
        if (
            (tok.capitalised and low not in STOPWORDS and low not in PLURAL_TITLES)
            or _is_title(tok)
            or low in TITLE_CONTINUATIONS
            or low in TITLE_MODIFIERS
            or low.startswith("then-")
            or (low in ("of", "for") and first - 2 >= 0 and _is_title(tokens[first - 2]))
        ):
            first -= 1
            if start - first > 7:
                break
            continue
        break
    phrase_tokens = tokens[first:start]
    if not any(_role_or_title(t) for t in phrase_tokens):
        return None, False
    # "Dr." or "Mr." shows a person but is no role: "Seismologist Dr. Anna Kovacs" is a seismologist.
    role_tokens = [t for t in phrase_tokens if t.lower not in COURTESY_TITLES]
    real = any(_role_or_title(t) for t in role_tokens)
    phrase = re.sub(r"\s+([’'])", r"\1", " ".join(t.text for t in (role_tokens if real else phrase_tokens)))
    return phrase, real


def _appositive_after(sentence: str, end: int, *, need_role_noun: bool = True) -> str | None:
    """ ", a conflict resolution expert at Georgetown University," after a name: the role it gives."""
    # "with the U.S. Geological Survey": an initialism's full stops do not end the role
    masked = _INITIALISM.sub(lambda m: m.group().replace(".", "\x00"), sentence[end : end + 200])
    match = re.match(
        r",\s+((?:a|an|the|former|then|now|currently|who is|who was)\b[^,;:.“”\"()]{2,120})", masked
    )
    if not match:
        # ", spokesman for Harbour Partners,": no article, but a role noun among its first words
        bare = re.match(r",\s+([a-z][^,;:.“”\"()]{2,120}),", masked)
        first_words = bare.group(1).split()[:3] if bare else []
        if bare and first_words[0] not in STOPWORDS and any(fold(w) in ROLE_NOUNS for w in first_words):
            match = bare
    if not match:
        return None
    text = re.sub(r"^(?:a|an|the|who is|who was)\s+", "", match.group(1).strip())
    text = re.split(r"\s+(?:said|says|told|who|which|stated|noted|wrote)\b", text)[0].strip()
    words_ = text.split()
    if not words_ or len(words_) > 14 or set(words_) & _CLAUSE_VERBS:
        return None  # ", the mayor went after Lindqvist": a clause of its own, not a role
    if need_role_noun and not any(fold(w).strip(".,") in ROLE_NOUNS for w in words_):
        return None
    return text.replace("\x00", ".")


def _role_before(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """ "the mayor, Stefano Petrucci, said": a lowercase role noun, a comma, the name, a comma."""
    if start < 2 or end >= len(tokens) or tokens[start - 1].text != "," or tokens[end].text != ",":
        return None
    role = tokens[start - 2]
    # "director of sales, Ann Vo,", "high commissioner for human rights, Ann Vo,"
    for k in range(start - 3, max(start - 6, 0), -1):
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
            break
        if (
            tokens[k].lower in ("of", "for")
            and tokens[k - 1].lower in ROLE_NOUNS
            and tokens[k - 1].text.islower()
        ):
            words_ = [t.text for t in tokens[k - 1 : start - 1]]
            return " ".join(words_) if all(w.isalpha() and w.islower() for w in words_) else None
    if not (role.text.islower() and role.lower in ROLE_NOUNS):
        return None
    modifier = tokens[start - 3] if start >= 3 else None  # "running mate", "deputy mayor"
    if modifier and _plain_modifier(modifier) and modifier.lower not in ("the", "a", "an"):
        return f"{modifier.text} {role.text}"
    return role.text


def _verb_near(tokens: Sequence[Token], start: int, end: int, sentence: str, name_end: int) -> bool:
    """A reporting verb right after the name (past an appositive) or right before it, or "according to"."""
    after = sentence[name_end:]
    replied = re.match(r",?\s*([a-z]+)\s*[:,]?\s*[“\"]", after)  # "Ann Vo, replied: “…”"
    if replied and replied.group(1) in _SPEAKS:
        return True
    appositive = re.match(r",[^,]{1,120},", after)
    # past an appositive, or past the comma that closes one opened before the name ("the chief, Ann Vo, warned")
    opened = start > 0 and tokens[start - 1].text == ","
    rest = after[appositive.end() :] if appositive else (after.lstrip(",") if opened else after)
    follow = re.match(r"\s*([a-z]+)(\s+[a-z]+)?", rest)
    if follow and follow.group(1) in _SPEAKS:
        # "Ida continued its devastation", "the account posted a video": a verb with an object tells nothing
        return follow.group(1) not in _OBJECT_VERBS or not follow.group(2)
    before = [t.lower for t in tokens[max(0, start - 3) : start]]
    if before and before[-1] in _SPEAKER_AFTER:  # "said Dr. Ruiz"; not "declined to say South Africa should"
        return True
    return len(before) >= 2 and before[-2:] == ["according", "to"]


_CLAUSE_VERBS = frozenset(
    "went said told was were is are has have had did does made took gave came met called wrote added".split()
)
_OBJECT_VERBS = frozenset("continued continues posted concluded recalled asked urged predicted".split())
_SPEAKER_AFTER = frozenset("said says added noted explained wrote countered quipped retorted lamented".split())
_SPEAKS = REPORTING_VERBS | SPEAKER_VERBS
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# Abbreviations of countries and bodies, never a person's initials ("U.S. Stance", "U.N. Envoy").
_PLACE_ABBREVIATIONS = frozenset("u.s u.k u.n e.u u.s.a d.c u.a.e p.r".split())


def _initials(tokens: Sequence[Token], k: int) -> bool:
    """ "J.D." or "F." standing before a capitalised name word belongs to the name."""
    text = tokens[k].text
    if not _INITIALS.fullmatch(text) or text.lower().rstrip(".") in _PLACE_ABBREVIATIONS:
        return False
    return k + 1 < len(tokens) and _name_token(tokens[k + 1])


def _runs(tokens: Sequence[Token]) -> Iterable[tuple[int, int]]:
    """Maximal runs of name tokens (particles and initials allowed inside), as [start, end) token indexes."""
    i = 0
    while i < len(tokens):
        first_name = tokens[i].text in STOPWORD_FIRST_NAMES and i + 1 < len(tokens) and _name_token(tokens[i + 1])
        if not (_name_token(tokens[i]) or _initials(tokens, i) or first_name):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if (_name_token(tokens[j]) or _initials(tokens, j)) and not _POSSESSIVE.search(
                tokens[j - 1].text
            ):
                j += 1
            elif tokens[j].lower in NAME_PARTICLES and j + 1 < len(tokens) and _name_token(tokens[j + 1]):
                j += 2
            elif _particle_name(tokens[j]) and not _POSSESSIVE.search(tokens[j - 1].text):
                j += 1  # "Omar al-Rashid"
            else:
                break
        yield i, j
        i = j


def _given_name_first(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "Maria Lindqvist": a known first name, then a surname that is not a first name or initial itself."""
    first, last = tokens[start].text, _POSSESSIVE.sub("", tokens[end - 1].text)
    if first.lower() in _PLACE_HEADS or not is_given_name(first) or len(last) < 2:
        return False
    return start == 0 or tokens[start - 1].lower not in _PLACE_PREPOSITIONS


def _trim_lead(tokens: Sequence[Token], start: int, end: int) -> int:
    """ "Homeland Security Ann Roe", "Harbour News Jo Lim": a run whose first word is no first name
    but which holds one followed by a surname starts at that first name."""
    if end - start < 3 or is_given_name(tokens[start].text) or _INITIALS.fullmatch(tokens[start].text):
        return start
    for k in range(start + 1, end - 1):
        if is_given_name(tokens[k].text) and not is_given_name(_POSSESSIVE.sub("", tokens[end - 1].text)):
            return k
    return start


def _titled_work(tokens: Sequence[Token], start: int, end: int, text: str) -> bool:
    """A run written as a work's title: alone in quotation marks, or in a list a work noun opens ("his hits:
    Ann Roe, Bad", "songs such as Ann Roe", "the album Ann Roe")."""
    before, after = text[: tokens[start].start].rstrip(), text[tokens[end - 1].end :].lstrip(",")
    if before.endswith(("“", '"', "‘")) and after.startswith(("”", '"', "’")):
        return True
    for k in range(start - 1, max(start - WORK_LIST_REACH, 0) - 1, -1):
        tok = tokens[k]
        if tok.text.islower() and tok.lower in WORK_NOUNS:
            return True
        if tok.text in (".", "!", "?", ";", "(", ")") or (
            tok.text.isalpha() and tok.text.islower() and tok.lower not in WORK_LIST_JOINERS
        ):
            return False
    return False


def _after_place(tokens: Sequence[Token], start: int, end: int) -> int:
    """ "Sao Paulo Ann Roe" (a dateline run into a name): the run starts after a place of one to three words
    that leads it, when a name of two words or more is left; "(New) York Harbor Board" after the word before it."""
    if end - start < 2:
        return start
    if start > 0 and tokens[start - 1].capitalised and is_place(f"{tokens[start - 1].text} {tokens[start].text}"):
        return start + 1
    for size in (3, 2, 1):
        if end - (start + size) < 2 or (size == 1 and is_given_name(tokens[start].text)):
            continue  # too short to leave a name; "Paris Ann Roe": a first name before a place
        if is_place(" ".join(t.text for t in tokens[start : start + size])):
            return start + size
    return start


_CREDIT_REACH = 40  # characters before a name searched for a credit cue ("AP Photo/"): a cue sits right there


def _nation(word: str) -> bool:
    return is_nationality(word) or fold(word) in country_names()


def candidates_in(sentence: Sentence) -> list[Candidate]:
    """Possible people in one sentence, each with the evidence that makes it a person."""
    text = sentence.text
    tokens = tokenize(text)
    found: list[Candidate] = []
    for start, end in _runs(tokens):
        start = _trim_lead(tokens, _after_place(tokens, start, end), end)
        while end - start >= 3 and _nation(_POSSESSIVE.sub("", tokens[end - 1].text)):
            end -= 1  # "Ann Roe Tarvosian": a nationality or a country glued after a name is no surname
        if end - start > 4:
            continue
        name = " ".join(
            _POSSESSIVE.sub("", t.text) if k == end - 1 else t.text
            for k, t in enumerate(tokens[start:end], start=start)
        )
        name_end = tokens[end - 1].end
        opens = start == 0 or tokens[start - 1].text in (":", "“", '"', "(", "—", "–", ";")
        cand = Candidate(name=name, doc_id=sentence.doc_id, opens_sentence=opens)
        title, real = _title_before(tokens, start)
        if title:
            cand.evidence.add("title")
            if tokens[start - 1].capitalised and _is_title(tokens[start - 1]):
                cand.evidence.add("formal-title")  # "President Vo", not "official Norland"
            if real:
                cand.role = title
        if start > 0 and tokens[start - 1].text.isupper() and tokens[start - 1].lower in VESSEL_PREFIXES:
            continue  # "the USS Ann Roe": a vessel
        credit_window = text[max(0, tokens[start].start - _CREDIT_REACH) : tokens[start].start]
        if CREDIT_BEFORE.search(credit_window) or CREDIT_AFTER.match(text, name_end):
            continue  # "AP Photo/Ann Roe", "Ann Roe / AP", "Ann Roe contributed": a credit, not a person
        if _POSSESSIVE.search(tokens[end - 1].text) is None:
            if AGE_AFTER.match(text, name_end):
                cand.evidence.add("age")  # "Ann Roe, 26, and her husband"
            if HANDLE_AFTER.match(text, name_end):
                cand.evidence.add("signed")  # "— Ann Roe (@annroe) May 3, 2016"
            speaks = _verb_near(tokens, start, end, text, name_end)
            appositive = _appositive_after(text, name_end, need_role_noun=not (speaks or title))
            if appositive:
                cand.evidence.add("appositive")
                cand.role = cand.role or appositive
                if cand.role != appositive:
                    found.append(
                        Candidate(name=name, doc_id=sentence.doc_id, role=appositive, evidence={"appositive"})
                    )
            if speaks:
                cand.evidence.add("verb")
        if not cand.evidence and 2 <= end - start <= 3 and _given_name_first(tokens, start, end):
            if _titled_work(tokens, start, end, text):
                # "hits such as Ann Roe and Bad", "“Ann Roe”": a song's or a film's title, noted as such
                found.append(Candidate(name=name, doc_id=sentence.doc_id, evidence={WORK_EVIDENCE}))
                continue
            cand.evidence.add("given-name")
        role_before = _role_before(tokens, start, end)
        if role_before:
            cand.evidence.add("title")
            cand.role = cand.role or role_before
        if start == 0 and not cand.evidence:
            continue
        if (
            cand.evidence == {"verb"}
            and start > 0
            and tokens[start - 1].lower in _PLACE_PREPOSITIONS
            and not (start > 1 and tokens[start - 2].lower == "according")
        ):
            continue  # "analysts at Brightwater Capital said": a place or an organisation, not a person
        if cand.evidence <= {"verb", "appositive"} and start > 0 and tokens[start - 1].lower == "the":
            continue  # "the Geological Survey said": an organisation; a person is not "the Ann Vo"
        found.append(cand)
    return found


def document_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """The possible people in some sentences (one article's), headings left out."""
    return [c for s in sentences if s.kind != "heading" for c in candidates_in(s)]
