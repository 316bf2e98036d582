"""The words around a capitalised run that show a person: a title before it, a role before it between commas, an
appositive after it, a reporting verb near it. The cue words live in lexicon.py and name_patterns.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wordfreq import zipf_frequency

from briefings.extract.gazetteer import is_place
from briefings.extract.given_names import is_clear_first_name, is_given_name
from briefings.extract.lexicon import (
    COURTESY_TITLES,
    PLURAL_TITLES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_CONTINUATIONS,
    TITLE_MODIFIERS,
)
from briefings.extract.name_patterns import (
    APPOSITIVE_ENDS,
    APPOSITIVE_OPENERS,
    APPOSITIVE_SPEECH_ENDS,
    CLAUSE_VERBS,
    CREDIT_PLURALS,
    DASHES,
    FAMILY_PLURALS,
    GENERIC_PERSON_NOUNS,
    NOUN_LIKE_VERBS,
    OBJECT_VERBS,
    PARTICIPLE_LINKS,
    PLURAL_ROLES,
    PREDICATE_OPENERS,
    RELATION_NOUNS,
    RELATION_TIES,
    ROLE_BEFORE_NOUNS,
    ROLE_CLAUSE_OPENERS,
    ROLE_TRAILING_CONNECTIVES,
    SPEAKER_BEFORE_VERBS,
    SPEAKER_VERBS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
)
from briefings.extract.name_tokens import POSSESSIVE, Token, is_title, role_or_title
from briefings.text import STOPWORDS, fold
from briefings.thresholds import (
    APPOSITIVE_MAX_WORDS,
    GROUP_REACH,
    LIST_REACH,
    MAX_NAME_WORDS,
    SURNAME_ZIPF,
    TITLE_LOWERCASE_MODIFIERS,
    TITLE_REACH,
)

_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")
_APPOSITIVE = re.compile(r",\s+((?:" + "|".join(APPOSITIVE_OPENERS) + r")\b[^,;:.“”\"()]{2,120})")
_BARE_APPOSITIVE = re.compile(r",\s+([a-z][^,;:.“”\"()]{2,120}),")
_APPOSITIVE_ARTICLE = re.compile(r"^(?:a|an|the|who is|who was)\s+")
_APPOSITIVE_END = re.compile(r"\s+(?:" + "|".join(APPOSITIVE_ENDS) + r")\b")
_SPEAKS = REPORTING_VERBS | SPEAKER_VERBS
# "..., a spokeswoman said." closing the sentence (not "Ann Roe, the minister says that ...")
_SAID_LAST = re.compile(r"\s+(?:" + "|".join(APPOSITIVE_SPEECH_ENDS) + r")\W*$")
# the nouns that make the words beside a name its role: titles, role nouns, family ("the grandmother of Ann Roe")
PERSON_NOUNS = ROLE_NOUNS | ROLE_BEFORE_NOUNS | FAMILY_PLURALS


def plain_modifier(token: Token) -> bool:
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


def _title_word(tokens: Sequence[Token], first: int) -> bool:
    """Whether tokens[first - 1] belongs to a title phrase that ends at tokens[first]."""
    tok = tokens[first - 1]
    low = tok.lower
    return (
        (tok.capitalised and low not in STOPWORDS and low not in PLURAL_TITLES)
        or is_title(tok)
        or low in TITLE_CONTINUATIONS
        or low in TITLE_MODIFIERS
        or low.startswith("then-")
        or (low in ("of", "for") and first - 2 >= 0 and is_title(tokens[first - 2]))
    )


def title_before(tokens: Sequence[Token], start: int) -> tuple[str | None, bool]:
    """The title phrase right before tokens[start], and whether it holds a real role (not just "Dr.")."""
    i = start - 1
    if i < 0:
        return None, False
    prev = tokens[i]
    if not (role_or_title(prev) or prev.lower in TITLE_CONTINUATIONS):
        return None, False
    first = i
    lowercase_modifiers = 0
    while first - 1 >= 0:
        if (
            not prev.capitalised
            and lowercase_modifiers < TITLE_LOWERCASE_MODIFIERS
            and first == i - lowercase_modifiers
            and plain_modifier(tokens[first - 1])
        ):
            first -= 1  # "union leader", "conflict resolution expert": a lowercase title keeps its nouns
            lowercase_modifiers += 1
            continue
        if _title_word(tokens, first):
            first -= 1
            if start - first > TITLE_REACH:
                break
            continue
        break
    if first >= 2 and f"{tokens[first - 2].lower} {tokens[first - 1].lower}" in PREDICATE_OPENERS:
        # "Ann Roe is a Tunisian diplomat Bo Li, ...": a caption glued to the next line; the role is Ann Roe's
        return None, False
    phrase_tokens = _own_part(tokens[first:start])
    while phrase_tokens and (
        phrase_tokens[0].lower in ROLE_TRAILING_CONNECTIVES or _time_word(phrase_tokens[0])
    ):
        # "Meanwhile President Ann Roe", "on Thursday Ann Roe's sister Bo Roe": no role opens with these
        phrase_tokens = phrase_tokens[1:]
    if not any(role_or_title(t) for t in phrase_tokens):
        return None, False
    # "Dr." or "Mr." shows a person but is no role: "Seismologist Dr. Anna Kovacs" is a seismologist.
    role_tokens = [t for t in phrase_tokens if t.lower not in COURTESY_TITLES]
    real = any(role_or_title(t) for t in role_tokens)
    words = [_spelt_out(t.text) for t in role_tokens] if real else [t.text for t in phrase_tokens]
    return re.sub(r"\s+([’'])", r"\1", " ".join(words)), real


def _time_word(token: Token) -> bool:
    """A day, a month or a time of day written in full ("Thursday", not "DEC", the initials of a body)."""
    return token.lower in TIME_WORDS and len(token.text) > 3 and token.text[1:].islower()


def _own_part(phrase: Sequence[Token]) -> Sequence[Token]:
    """The part of a title phrase that is the named person's own: after a tie to another ("a spokesman for UN
    Secretary General Ann Roe" -> "UN Secretary General") and after another person's name inside it ("the radio's Bo
    Li Norland President Ann Roe" -> "Norland President")."""
    cut, k = 0, 1
    while k < len(phrase):
        before, word = phrase[k - 1], phrase[k]
        if word.lower in RELATION_TIES and before.lower in RELATION_NOUNS and before.text.islower():
            cut = k + 1
        elif (
            k + 1 < len(phrase)
            and before.capitalised
            and word.capitalised
            and not role_or_title(before)
            and not role_or_title(word)
            and before.text[1:].islower()  # "Matt", not "UK"
            and is_clear_first_name(before.text)
            and zipf_frequency(word.lower, "en") < SURNAME_ZIPF  # "Jordan Police Corporal" holds no name
            and not POSSESSIVE.search(word.text)  # "Ann Roe's brother Bo": the tie is Bo's role
        ):
            cut = k + 1  # a first name and a surname: the phrase goes on after them
            k += 1
        k += 1
    return phrase[cut:]


def _spelt_out(word: str) -> str:
    """A title's abbreviation written in full ("Sen." -> "Senator"), other words as they are."""
    return TITLE_ABBREVIATIONS.get(word.lower(), word)


def appositive_after(sentence: str, end: int, *, need_role_noun: bool = True) -> str | None:
    """ ", a conflict resolution expert at Georgetown University," after a name: the role it gives."""
    # "with the U.S. Geological Survey": an initialism's full stops do not end the role
    masked = _INITIALISM.sub(lambda m: m.group().replace(".", "\x00"), sentence[end : end + 200])
    match = _APPOSITIVE.match(masked)
    if not match:
        # ", spokesman for Harbour Partners,": no article, but a role noun among its first words
        bare = _BARE_APPOSITIVE.match(masked)
        first_words = bare.group(1).split()[:3] if bare else []
        after = masked[bare.end() :].split(maxsplit=1) if bare else []
        listed = bool(after) and len(first_words) == 1 and is_given_name(after[0].strip(",;."))
        if bare and first_words[0] not in STOPWORDS and any(fold(w) in PERSON_NOUNS for w in first_words):
            # "his mother, Ann, father, Jon and ...": a bare role noun before another name is the list's next item
            match = None if listed else bare
    if not match:
        return None
    text = _APPOSITIVE_ARTICLE.sub("", match.group(1).strip())
    parts = _APPOSITIVE_END.split(text, maxsplit=1)
    if len(parts) > 1 and _SAID_LAST.match(text[len(parts[0]) :]):
        return None  # "doctors who treated Ann Roe, a spokeswoman said.": the role is the speaker's, not hers
    text = parts[0].strip()
    words_ = text.split()
    while words_ and fold(words_[-1]) in ROLE_TRAILING_CONNECTIVES:
        words_.pop()  # "head of the mission Meanwhile": a lost line break glued the next sentence's first word
    text = " ".join(words_)
    if not words_ or len(words_) > APPOSITIVE_MAX_WORDS or set(words_) & CLAUSE_VERBS:
        return None  # ", the mayor went after Lindqvist": a clause of its own, not a role
    if words_[0] in ROLE_CLAUSE_OPENERS or (
        words_[0].endswith("ing")
        and words_[0].islower()
        and (len(words_) == 1 or words_[1] in STOPWORDS)  # "ranking member", "acting head" are roles
    ):
        return None  # ", in Lorwick with her son,", ", watching from the shore,": a clause or a place
    if words_[0].endswith("ed") and len(words_) > 1 and words_[1] in PARTICIPLE_LINKS:
        return None  # ", elected in 2006,", ", accused of fraud,": a clause; not ", a talented and beloved …"
    if "and" in words_[1:-1] and _plural(words_[-1]):
        return None  # "appointed by Ann Roe, the UN secretary general and donors": the list goes on, no role
    if need_role_noun and not any(fold(w).strip(".,") in PERSON_NOUNS for w in words_):
        return None
    return text.replace("\x00", ".")


def role_before(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """ "the mayor, Stefano Petrucci, said": a lowercase role noun, a comma, the name, a comma."""
    if start < 2 or end >= len(tokens) or tokens[start - 1].text != "," or tokens[end].text != ",":
        return None
    role = tokens[start - 2]
    # "director of sales, Ann Vo,", "high commissioner for human rights, Ann Vo,", "chairman of Hyundai, Ann Vo,",
    # "her husband of 47 years, Ann Vo,"
    for k in range(start - 3, max(start - 6, 0), -1):
        if not tokens[k].text.isalnum():
            break
        if (
            tokens[k].lower in ("of", "for")
            and tokens[k - 1].lower in PERSON_NOUNS
            and tokens[k - 1].text.islower()
        ):
            listed = end + 1 < len(tokens) and tokens[end + 1].lower in ("and", "or")
            # "secretary for Textiles, Consumer Goods, and Materials": the run is one of the role's own words
            return (
                None
                if listed and tokens[start - 2].capitalised
                else " ".join(t.text for t in tokens[k - 1 : start - 1])
            )
    if not (role.text.islower() and role.lower in PERSON_NOUNS):
        return None
    modifier = tokens[start - 3] if start >= 3 else None  # "running mate", "deputy mayor"
    if modifier and plain_modifier(modifier) and modifier.lower not in ("the", "a", "an"):
        return f"{modifier.text} {role.text}"
    return role.text


def pair_after_role(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "Charlie's parents, Ann Roe and Bo Li, raised …": two names between commas after a plural role noun."""
    if tokens[start - 1].text == "," if start > 0 else False:
        first, closing = start - 1, (tokens[end].text if end < len(tokens) else "")
        if closing != "and":
            return False
    else:
        k = start - 1
        if k < 1 or tokens[k].text != "and" or end >= len(tokens) or tokens[end].text not in (",", "."):
            return False
        while k - 1 >= 0 and tokens[k - 1].capitalised:
            k -= 1  # back over the first name of the pair
        first = k - 1
        if first < 0 or tokens[first].text != ",":
            return False
    role = tokens[first - 1] if first >= 1 else None
    return role is not None and role.text.islower() and role.lower in PLURAL_ROLES


def one_of_group(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "One of the hosts, Ann Roe, pressed him", "one of his top aides in 2012, Ann Roe,": a name between commas
    after "one of" a plural noun of people."""
    if start < 4 or end >= len(tokens) or tokens[start - 1].text != "," or tokens[end].text != ",":
        return False
    for k in range(start - 2, max(start - GROUP_REACH, 1) - 1, -1):
        if not tokens[k].text[:1].isalnum():
            return False
        if tokens[k - 1].lower == "one" and tokens[k].lower == "of":
            return any(t.lower in PLURAL_TITLES or t.lower in PLURAL_ROLES for t in tokens[k + 1 : start - 1])
    return False


def verb_near(tokens: Sequence[Token], start: int, sentence: str, name_end: int) -> bool:
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
        if follow.group(1) in NOUN_LIKE_VERBS and follow.group(2) and follow.group(2).strip() != "that":
            return False  # "Rust Belt states more competitive": a plural noun, not a verb
        # "Ida continued its devastation", "the account posted a video": a verb with an object tells nothing
        return follow.group(1) not in OBJECT_VERBS or not follow.group(2)
    before = [t.lower for t in tokens[max(0, start - 3) : start]]
    if (
        before and before[-1] in SPEAKER_BEFORE_VERBS
    ):  # "said Dr. Ruiz"; not "declined to say South Africa should"
        return True
    return len(before) >= 2 and before[-2:] == ["according", "to"]


def _list_bounds(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int, int]:
    """The list of names a run stands in ("Ann Roe, Bo Li and Cy Vo"): the token before its first name, the
    token after its last, and how many names it holds (1 when the run stands alone). Each name is one to
    MAX_NAME_WORDS capitalised words; "," and "and" join them, and "and" closes a list: in "brothers Oskar and
    Jo, Ann Roe, Bo Li" the list after "Jo" is another one."""
    names, k = 1, start - 1
    joined_after = k
    closed = False  # an "and" joined this run to the names before it: it ends its list
    while k >= 1 and start - k <= LIST_REACH and tokens[k].lower in (",", "and"):
        if tokens[k].lower == "and" and names > 1:
            k = joined_after  # the "and" closed a list before this run's
            names -= 1
            break
        closed = closed or tokens[k].lower == "and"
        j = k - 1 if tokens[k].lower == "and" and tokens[k - 1].text == "," else k
        first = j
        while first - 1 >= 0 and j - first < MAX_NAME_WORDS and tokens[first - 1].capitalised:
            first -= 1
        if first == j:
            break
        joined_after = k
        names, k = names + 1, first - 1
    m = end
    while not closed and m + 1 < len(tokens) and m - end <= LIST_REACH and tokens[m].lower in (",", "and"):
        j = m + 1 if tokens[m].text == "," and tokens[m + 1].lower == "and" else m
        closed = tokens[j].lower == "and"
        last = j + 1
        while last < len(tokens) and last - j <= MAX_NAME_WORDS and tokens[last].capitalised:
            last += 1
        if last == j + 1:
            break
        names, m = names + 1, last
    return k, m, names


def _plural(word: str) -> bool:
    """ "donors", "families": a lowercase plural noun's look (not "boss", "status", "analysis")."""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _singular(noun: str) -> str:
    """ "judges" -> "judge", "secretaries" -> "secretary", "actresses" -> "actress"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("sses"):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") else noun


def role_before_list(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """ "Roman emperors Vo and Lin", "appeals judges Roe, Li and Vo": a lowercase plural role right before a list
    of two names or more; the role each name holds, in the singular ("Roman emperor")."""
    before, after, names = _list_bounds(tokens, start, end)
    if names < 2 or before < 0 or not tokens[before].text.isalpha() or not tokens[before].text.islower():
        return None
    if not any(t.lower == "and" for t in tokens[before:after]):
        return None  # "Ann Roe, Bo Li, Cy Vo": a list that never closes is a credit line or a heading
    plural, noun = tokens[before].lower, _singular(tokens[before].lower)
    if noun == plural or noun in GENERIC_PERSON_NOUNS or plural in CREDIT_PLURALS:
        return None
    if not (plural in PLURAL_TITLES or plural in PLURAL_ROLES or noun in PERSON_NOUNS):
        return None
    modifier = tokens[before - 1] if before >= 1 else None
    if modifier and (plain_modifier(modifier) or (modifier.capitalised and modifier.lower not in STOPWORDS)):
        return f"{modifier.text} {_singular(tokens[before].text)}"
    return _singular(tokens[before].text)


def shared_surname(tokens: Sequence[Token], start: int, end: int) -> list[int]:
    """ "Oskar, Jon and Ann Roe", "Ann and Bo Roe": the first names listed right before a two-word name, each a
    known first name standing alone, that share its surname (their tokens' indexes, in order); none when the
    full name does not open with a known first name or is a place ("Georgia and Virginia Beach")."""
    if end - start != 2 or start < 2 or tokens[start - 1].lower != "and":
        return []
    whole = f"{tokens[start].text} {POSSESSIVE.sub('', tokens[end - 1].text)}"
    if not is_given_name(tokens[start].text) or is_place(whole):
        return []
    firsts: list[int] = []
    k = start - 2 if tokens[start - 2].text != "," else start - 3  # "Oskar, Jon, and Ann Roe"
    while k >= 0 and tokens[k].capitalised and is_given_name(tokens[k].text):
        if k > 0 and tokens[k - 1].capitalised and tokens[k - 1].lower not in STOPWORDS:
            break  # "Harbour Ann and Bo Roe": a longer name before, not a first name alone
        firsts.insert(0, k)
        if k < 2 or tokens[k - 1].text != ",":
            break
        k -= 2
    return firsts


def dashed_list(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "three donors — Ann Roe, Bo Li and Cy Vo — were named": a list of two names or more set off by dashes
    inside a sentence (words before the opening dash and after the closing one)."""
    before, after, names = _list_bounds(tokens, start, end)
    return (
        names >= 2
        and before >= 1
        and after + 1 < len(tokens)
        and tokens[before].text in DASHES
        and tokens[after].text in DASHES
    )


_OTHERS = re.compile(r"\s+and\s+(?:the\s+|many\s+|several\s+)?others?\s+([a-z]+)")


def others_after(sentence: str, end: int) -> bool:
    """ "Ann Roe and other victims", "Ann Roe and other senators": one of a group of people the plural after
    "and other" names."""
    match = _OTHERS.match(sentence, end)
    if match is None:
        return False
    plural = match.group(1)
    noun = _singular(plural)
    return plural in PLURAL_TITLES or plural in PLURAL_ROLES or (noun != plural and noun in PERSON_NOUNS)
