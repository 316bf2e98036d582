"""Language utilities shared by the extractors: folding, sentences, tokens, stems and similarity."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from operator import mul
from typing import Any

from briefings.thresholds import MAX_LITERAL, MAX_SENTENCE_CHARS

QUOTE_CHARS = '"“”„«»'
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen lt col capt sgt rep sen gov pres no vs etc inc ltd co corp dept est approx
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun fig al ave blvd mt
    u.s u.k u.n e.u d.c u.s.a det cpl pvt supt insp adm maj cmdr rev""".split()
)
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
    now of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves said says say
    according one two three new also like may might must shall us via per amid amidst upon within without
    would could should its it's s t don""".split()
)
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """Lowercase and strip accents, so that "José" and "jose" compare equal."""
    if text.isascii():  # most text: nothing to decompose, and casefold is lower
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def literal_union(strings: Iterable[str]) -> str:
    """A regex matching any of `strings` (longest first), factored as a trie: a long list costs one walk per
    position instead of one try per string."""
    trie: dict[str, dict[str, Any]] = {}
    for text in strings:
        if not text or len(text) > MAX_LITERAL:
            continue
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"


_SPACES = re.compile(r"\s+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def outside_quotes(text: str) -> str:
    """The text with every quoted passage (curly or straight double quotes) blanked out."""
    return _QUOTED.sub(" ", text)


# Characters that format a page but are no part of its words: a soft hyphen ("Vladi\u00admir"), zero-width
# spaces and joiners between letters, a word joiner, a byte-order mark. Left in, they split a name in two.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def without_invisible(text: str) -> str:
    """The text without invisible formatting characters (INVISIBLE)."""
    return text.translate(INVISIBLE)


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to single spaces."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def asks(text: str) -> bool:
    """Whether a text is a question: it ends in "?", before any closing quotes or brackets."""
    return text.rstrip(" ”\"'’)").endswith("?")


# letters a case-insensitive pattern matches to an ASCII letter that their lowercase is not ("ſ" is an "s")
_CASE_ODD = "ıſİ"


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether `text` may hold one of `words` (in lowercase) read case-insensitively: a cheap look before a
    case-insensitive pattern that needs one of them (a text with a letter such as "ſ" goes on to the pattern)."""
    lowered = text.lower()
    return any(w in lowered for w in words) or any(c in text for c in _CASE_ODD)


def words(text: str) -> list[str]:
    """The word tokens of a text, hyphenated and apostrophe forms kept whole."""
    return _WORD_RE.findall(text)


def word_count(text: str) -> int:
    """How many words a text has."""
    return len(words(text))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix-stripping stemmer: enough to match "meeting" with "meet" and "talks" with "talk"."""
    w = fold(word).replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("ing", "ed")) and len(w) > 5:
        w = w[:-3] if w.endswith("ing") else w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    elif w.endswith("es") and len(w) > 4 and w[-3] in "sxzh":
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


@lru_cache(maxsize=1 << 17)
def _content_stem(token: str) -> str | None:
    """A word's stem when it is a content word, None for a stop word or a number (each word worked out once)."""
    folded = fold(token)
    if folded in STOPWORDS or folded.isdigit() or len(folded) < 2:
        return None
    return stem(folded)


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text (stop words and numbers dropped)."""
    return [s for s in map(_content_stem, words(text)) if s is not None]


_STOP = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý])")
_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _split_points(text: str) -> Iterable[int]:
    """Offsets where a sentence ends in `text` (after the terminal punctuation and closing quotes)."""
    for match in _STOP.finditer(text):
        end = match.end()
        if not match.group().startswith("."):
            yield end  # only a full stop may end an abbreviation or an initial
            continue
        before = text[max(0, match.start() - 40) : match.start()]  # the word before the stop, read locally
        token_match = _LAST_WORD.search(before)
        token = token_match.group(1).lower() if token_match else ""
        if token.rstrip(".") in _ABBREVIATIONS or token in _ABBREVIATIONS:
            continue
        if _INITIALS.fullmatch(token):  # initials: "J. D." or "U.S"
            continue
        yield end


_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def years_named(text: str) -> list[int]:
    """The years from 1900 to 2099 a text names, in order ("in 2016" -> [2016])."""
    return [int(y) for y in _YEAR.findall(text)]


def _bounded_points(text: str) -> Iterable[int]:
    """Sentence ends, plus a cut at a space wherever a sentence would run past MAX_SENTENCE_CHARS."""
    start = 0
    for end in [*_split_points(text), len(text)]:
        while end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            yield cut
            start = cut
        if end < len(text):
            yield end
        start = end


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of one line of text starts and ends, as offsets into that line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*_bounded_points(text), len(text)]:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = end
    return spans


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations such as "U.S." and "Dr." intact."""
    text = normalize_space(text)
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for end in _bounded_points(text):
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


class TfIdf:
    """TF-IDF vectors over a fixed collection of texts, with cosine similarity."""

    def __init__(self, texts: Sequence[str], *, tokens: Sequence[Sequence[str]] | None = None) -> None:
        """`tokens`, when given, are the texts' content_stems already computed (kept with each article)."""
        self.tokens = list(tokens) if tokens is not None else [content_stems(t) for t in texts]
        df: Counter[str] = Counter()
        for toks in self.tokens:
            df.update(set(toks))
        self.df = df  # in how many texts each term stands
        n = max(len(texts), 1)
        self.idf = {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}
        self.vectors = [self._vector(toks) for toks in self.tokens]
        self._postings: dict[str, list[tuple[int, float]]] | None = None

    def _vector(self, tokens: Sequence[str]) -> dict[str, float]:
        counts = Counter(tokens)
        vec = {t: (1 + math.log(c)) * self.idf.get(t, 1.0) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def vector(self, text: str) -> dict[str, float]:
        """The vector of a text not necessarily in the collection."""
        return self._vector(content_stems(text))

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        """Cosine similarity of two normalised vectors."""
        if len(a) > len(b):
            a, b = b, a
        # the products in a's order, summed left to right: what sum(v * b.get(t, 0.0) for ...) gives, without a
        # generator's frame per term (the key dates compare tens of thousands of pairs in full)
        total: float = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
        return total

    def similarity(self, i: int, j: int) -> float:
        """Cosine similarity of texts i and j of the collection."""
        return self.cosine(self.vectors[i], self.vectors[j])

    def _index(self) -> dict[str, list[tuple[int, float]]]:
        if self._postings is None:
            postings: dict[str, list[tuple[int, float]]] = {}
            for k, vec in enumerate(self.vectors):
                for term, weight in vec.items():
                    postings.setdefault(term, []).append((k, weight))
            self._postings = postings
        return self._postings

    def postings(self, members: Iterable[int]) -> dict[str, list[tuple[int, float]]]:
        """An inverted index over some texts of the collection only (a panel to compare against)."""
        postings: dict[str, list[tuple[int, float]]] = {}
        for k in members:
            for term, weight in self.vectors[k].items():
                postings.setdefault(term, []).append((k, weight))
        return postings

    def neighbours(
        self,
        i: int,
        *,
        within: Mapping[str, list[tuple[int, float]]] | None = None,
        max_df: int | None = None,
    ) -> dict[int, float]:
        """Cosine similarity of text i with every other text that shares a term with it (the rest are 0).

        Built on an inverted index, so a large collection costs the shared terms, not every pair. `within`
        restricts the comparison to the texts of that index (see `postings`); with `max_df`, a term found in more
        than that many of them is ignored, as a stop word of this collection would be.
        """
        postings = self._index() if within is None else within
        scores: dict[int, float] = {}
        score = scores.get
        for term, weight in self.vectors[i].items():
            posting = postings.get(term, ())
            if max_df is not None and len(posting) > max_df:
                continue
            for k, other in posting:
                scores[k] = score(k, 0.0) + weight * other
        scores.pop(i, None)
        return scores


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard overlap of two token collections."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def truncate_words(text: str, limit: int) -> str:
    """Cut a text to at most `limit` words at a word boundary, marking the cut with an ellipsis."""
    parts = text.split()
    if len(parts) <= limit:
        return text
    return " ".join(parts[:limit]).rstrip(",;:—-") + "…"


def shown(text: str) -> str:
    """Text safe to put in a message: control and bidirectional/format characters written as escapes
    ("\\u202e"), so a file name cannot reorder or hide what the reader sees."""
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf") and c not in "\t" else c for c in text
    )
