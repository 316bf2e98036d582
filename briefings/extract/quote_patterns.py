"""The vocabulary of quotes: the words that describe a person already named instead of naming them again.

Used by `briefings.story.quotes`. "“…,” the Iowa farmer said" names nobody; when no one in the story
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

# Words that end the head of a role phrase: "a 67-year-old grandmother out to lunch with her husband" describes a
# grandmother, "spokesman for the port" a spokesman (the head is the last word before the first of these).
ROLE_HEAD_ENDS = frozenset(
    "of for at in on to with from by out who which that whose and or after before since during while".split()
)
# Words before a role's head that a quote's sentence may open with: "The 67-year-old grandmother took one sip
# …: “…”", "The veteran lifeguard captain said": at most this many between "the" and the head noun.
ROLE_SUBJECT_WORDS = 3  # more reaches nouns that are no longer the subject ("the day the lawyer ...")

# An attribution set inside the quote's sentence, between commas, the name after the verb: "The poems are, said
# the poet and critic Ann Vo, as full of “…”": what may stand between the verb and the name, and after the name.
INSERTED_LEAD = r"\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,4}"
INSERTED_TAIL = r"\s*(?:,|$)"
