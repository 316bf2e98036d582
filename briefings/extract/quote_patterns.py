"""The vocabulary of quotes: the words that describe a person already named instead of naming them again.

Used by `briefings.extract.quotes`. "“…,” the Ohio Democrat said" names nobody; when no one in the story
holds the role "Republican", the speaker is the one person the paragraph and the one before it name. Only words
that news uses to describe the person it is writing about belong here: "the official said" or "the spokesman
said" usually brings in someone else, so they are not listed.
"""

from __future__ import annotations

DESCRIPTORS = frozenset(
    """republican democrat democratic conservative liberal independent lawmaker senator congressman
    congresswoman legislator candidate nominee contender billionaire mogul businessman businesswoman tycoon
    star actor actress singer rapper comedian musician author novelist poet veteran""".split()
)

# Reporting verbs beside "said" that introduce or follow a quote ("“…,” countered Ann Vo", "she quipped"), past
# and present participle, on top of the lexicon's.
MORE_REPORTING_VERBS = frozenset(
    """countered counters quipped quips exclaimed exclaiming retorted retorts joked jokes recounted recounts
    pleaded pleads lamented laments complained complains boasted boasts vowed vows promised promises mused
    muses protested protests scoffed scoffs conceding countering tweeting posting""".split()
)

# Passive reporting words before a quote whose speaker follows it after "by" ("Neruda, called “…” by Gabriel García
# Márquez"): the one after "by" spoke, never the subject the words were said of.
PASSIVE_REPORTING = (
    "called", "dubbed", "described as", "labeled", "labelled", "branded", "hailed as", "deemed", "praised as"
)  # fmt: skip
