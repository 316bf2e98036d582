"""`briefbot eval`: ROUGE of our summary against a human reference, beside baselines at the same word budget.

Baselines: sumy's LexRank, TextRank and Luhn (fed our own sentence splitter, so nothing is downloaded) and a
lead baseline (the articles' opening sentences, taken in turn). Accents are folded before scoring, because
rouge-score's tokenizer splits "José" into "jos" and "e".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from briefings.article.sentences import corpus_sentences, strip_label
from briefings.article.summary_candidates import is_summary_worthy
from briefings.model import Document
from briefings.story.summary import fill_budget, summarize
from briefings.text import split_sentences, word_count, words


class EvalUnavailable(RuntimeError):
    """The evaluation extras (rouge-score, sumy) are not installed."""


@dataclass(frozen=True)
class Score:
    """ROUGE F1 scores (and the word count) of one system."""

    system: str
    words: int
    rouge1: float
    rouge2: float
    rougeLsum: float

    def as_dict(self) -> dict[str, Any]:
        """The score as a JSON-ready mapping."""
        return {
            "system": self.system,
            "words": self.words,
            "rouge1": round(self.rouge1, 4),
            "rouge2": round(self.rouge2, 4),
            "rougeLsum": round(self.rougeLsum, 4),
        }


def fold_accents(text: str) -> str:
    """ "José" -> "Jose": strip combining marks, keep everything else."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class _Tokenizer:
    """The sentence and word splitter sumy needs, without NLTK's downloadable punkt model."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        return words(sentence)


def _source_sentences(documents: Sequence[Document]) -> list[list[str]]:
    """Per document, the prose sentences a summary may use (headings and table rows left out)."""
    out: list[list[str]] = []
    for doc in documents:
        texts = []
        for s in corpus_sentences([doc]):
            if s.kind in ("paragraph", "bullet"):
                texts.append(strip_label(s.text)[1] if s.kind == "bullet" else s.text)
        out.append(texts)
    return out


def lead_baseline(documents: Sequence[Document], budget: int) -> list[str]:
    """The opening sentences of the articles, one from each in turn, within the budget."""
    per_doc = [[t for t in texts if is_summary_worthy(t)] for texts in _source_sentences(documents)]
    order: list[str] = []
    for rank in range(max((len(t) for t in per_doc), default=0)):
        order.extend(texts[rank] for texts in per_doc if rank < len(texts))
    lengths = [word_count(t) for t in order]
    return [order[i] for i in fill_budget(range(len(order)), lengths, budget)]


def sumy_baseline(name: str, documents: Sequence[Document], budget: int) -> list[str]:
    """A sumy summarizer's best-rated sentences within the budget, in document order."""
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.luhn import LuhnSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError as exc:  # pragma: no cover - exercised only without the extras
        raise EvalUnavailable("sumy is not installed: pip install 'briefbot[eval]'") from exc
    classes = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "luhn": LuhnSummarizer}
    text = "\n\n".join(" ".join(texts) for texts in _source_sentences(documents))
    parsed = PlaintextParser.from_string(text, _Tokenizer()).document
    summarizer = classes[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def within_budget(infos: list[Any]) -> list[Any]:
        lengths = [word_count(str(info.sentence)) for info in infos]
        return [infos[i] for i in fill_budget(range(len(infos)), lengths, budget)]

    return [str(s) for s in summarizer(parsed, within_budget)]


def ours(documents: Sequence[Document], budget: int) -> list[str]:
    """Briefbot's summary at the budget."""
    return [s.text for s in summarize(corpus_sentences(documents), words=budget)]


SYSTEMS: dict[str, Callable[[Sequence[Document], int], list[str]]] = {
    "briefbot": ours,
    "lexrank": lambda d, b: sumy_baseline("lexrank", d, b),
    "textrank": lambda d, b: sumy_baseline("textrank", d, b),
    "luhn": lambda d, b: sumy_baseline("luhn", d, b),
    "lead": lead_baseline,
}


def evaluate(documents: Sequence[Document], reference: str, *, budget: int | None = None) -> list[Score]:
    """ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of every system against `reference` (one sentence a line)."""
    try:
        from rouge_score import rouge_scorer
    except ImportError as exc:  # pragma: no cover - exercised only without the extras
        raise EvalUnavailable("rouge-score is not installed: pip install 'briefbot[eval]'") from exc
    ref_lines = [ln.strip() for ln in reference.splitlines() if ln.strip()]
    budget = budget or sum(word_count(ln) for ln in ref_lines)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    target = fold_accents("\n".join(ref_lines))
    scores = []
    for name, system in SYSTEMS.items():
        sentences = system(documents, budget)
        result = scorer.score(target, fold_accents("\n".join(sentences)))
        scores.append(
            Score(
                name,
                sum(word_count(s) for s in sentences),
                result["rouge1"].fmeasure,
                result["rouge2"].fmeasure,
                result["rougeLsum"].fmeasure,
            )
        )
    return scores


def format_table(scores: Sequence[Score], budget: int) -> str:
    """The scores as an aligned text table."""
    lines = [
        f"word budget: {budget}",
        f"{'system':<10} {'words':>5} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-Lsum':>10}",
    ]
    for s in scores:
        lines.append(f"{s.system:<10} {s.words:>5} {s.rouge1:>8.4f} {s.rouge2:>8.4f} {s.rougeLsum:>10.4f}")
    return "\n".join(lines)
