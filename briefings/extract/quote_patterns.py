"""The vocabulary of quotes: the words that describe a person already named instead of naming them again.

Used by `briefings.story.quotes`. "“…,” the Iowa farmer said" names nobody; when no one in the story
holds the role "Republican", the speaker is the one person the paragraph and the one before it name. Only words
that news uses to describe the person it is writing about belong here: "the official said" or "the spokesman
said" usually brings in someone else, so they are not listed.
"""

from __future__ import annotations

import re

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

# An attribution set inside the quote's sentence, between commas, the name after the verb: "The poems are, said
# the poet and critic Ann Vo, as full of “…”": what may stand between the verb and the name, and after the name.
INSERTED_LEAD = r"\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,4}"
INSERTED_TAIL = r"\s*(?:,|$)"

# Verbs beside the reporting verbs that attribute a quote when they stand right before or after it ("…,"
# cautioned Ann Vo", "Ann Vo, calling it “…”"); with MORE_REPORTING_VERBS and the lexicon's REPORTING_VERBS they
# make the quote finder's verb pattern.
ATTRIBUTION_VERBS = (
    frozenset(
        """asserting asserted cautioned cautioning expressed emphasised emphasized confirmed calling called describing
    characterizing characterising""".split()
    )
    | MORE_REPORTING_VERBS
)
# Adverbs that may stand between a role and its reporting verb ("the senator later told"); any "-ly" word too.
ROLE_SAID_ADVERBS = ("also", "later", "then", "again")
# Words before a name that make it a preposition's object ("talks with Berg"), never the speaker.
OBJECT_PREPOSITIONS = frozenset(
    "with to by of for from between about against after before on at in into toward towards than".split()
)


# A related-links widget scraped into the sentence before a reporting verb: from a headline glued to a name
# ("Ann Roe Ann Mary RoeRoe: Bridge talks stall … MORE said"), to its "MORE" link; the subject stands before it.
RELATED_LINKS = re.compile(r"\s\S*[a-z][A-Z][^“”\"]*?\bMORE\s*$")
