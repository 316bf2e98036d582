"""Every numeric threshold of the core, in one place: each named, with what it trades off.

Grouped by the module that reads it, in the order of the flow (extract, load, article, story, output, then the
shared ones). A module imports the names it uses from here; a test or a bench that wants another value patches
the name in that module. Raising a similarity or a count makes a rule stricter (fewer, surer results); lowering
it finds more and risks more wrong ones. Change one only with `make bench` figures before and after.
"""

from __future__ import annotations

# extract.date_patterns
# A named day ("on Halloween") is the occurrence nearest the article unless the sentence's tense points the other
# way by more than this many days; lower trusts tense more (reported speech shifts it), higher trusts the nearest.
HOLIDAY_SLACK = 7
# A year-less day in an article's story of another year ("the Sept. 11, 1973, coup ... he died on Sept. 23") takes
# that year when it falls this many days after the last day the article named with its year.
NARRATIVE_DAYS = 60
NARRATIVE_YEARS = (
    2  # ... when that year is at least this far back (last year's days are too often this year's)
)
NARRATIVE_BLOCKS = 3  # ... and it was named in the same paragraph or one of this many before
# words read before a date for its cues (plan or past): more reaches cues of another clause
DATE_CONTEXT_WORDS = 12

# extract.name_patterns
GROUP_REACH = 10  # tokens back from a name to "one of" ("one of his top aides in the 2012 race, Ann Roe,")
WORK_LIST_REACH = 30  # tokens looked back for a work noun: longer reaches further lists, but wanders off them
# A run longer than this many words is a heading or a body's name, not a person's.
MAX_NAME_WORDS = 4
# Tokens a title phrase before a name may span ("former Deputy Secretary of State for Europe Ann Roe").
TITLE_REACH = 7
# Lowercase nouns a lowercase title may keep before it ("union leader", "conflict resolution expert").
TITLE_LOWERCASE_MODIFIERS = 2
APPOSITIVE_MAX_WORDS = 14  # longer: a clause of its own, not a role
# Characters before a name searched for a credit cue ("AP Photo/"): a cue sits right there.
CREDIT_REACH = 40
CUE_REACH = 40  # characters before a name searched for an age or a caption's place
LIST_REACH = 12  # tokens a list of names may span on either side of one name ("Ann Roe, Bo Li and Cy Vo")
BRACKET_REACH = 8  # tokens of the names listed before a name in the same brackets ("(Ann Roe and Bo Li)")
OUTLET_WORDS = 3  # words of an outlet's name before its possessive ("The Harbour Times'")

# extract.namer
# letters a surname needs before a one-letter slip in it is read as the same name (shorter: "Gordon" and
# "Jordan" are two names)
NAMER_MISSPELT_MIN = 6
NAMER_SEEN = 4096  # texts remembered at most (one document's paragraphs and their parts)

# extract.posts
# fewer words than this, links dropped, is a bare link or photo, not a post to tell
MIN_POST_WORDS = 3

# extract.quote_patterns
# Words before a role's head that a quote's sentence may open with: "The 67-year-old grandmother took one sip
# …: “…”", "The veteran lifeguard captain said": at most this many between "the" and the head noun.
ROLE_SUBJECT_WORDS = 3  # more reaches nouns that are no longer the subject ("the day the lawyer ...")
# Reaches, in characters, words or paragraphs: what each reading looks at, and why it stops there.
SENTENCE_REACH = 1500  # characters back a quote's sentence may begin: the cost stays linear
PRONOUN_PEOPLE = 20  # people named in a paragraph that a pronoun in it is matched against
PROGRAMME_TITLE_WORDS = 6  # a quote this short after "on Channel 9’s" is a title; longer ones are speech
PRONOUN_REACH = 2  # paragraphs back that "he said" may point to
NEXT_REACH = 240  # characters after a quote that the sentence naming its speaker is looked for in
NEXT_LEAD = 4  # words that may come before that speaker's name ("That was Mayor Ann Vo's answer": 3)
AFTER_REACH = 120  # characters after a quote read for its attribution ("…," said the senator from Ohio)

# extract.relative_dates
SUNDAY = 6

# extract.signed
# a signed line needs this many words to be speech (a name and a word is a caption)
SIGNED_MIN_WORDS = 2

# extract.stamps
STAMP_LOOK = 48  # characters read on each side of the date: a stamp's time and zone stand within them
# characters before a date searched for a page's note on its own history ("This clip ... was first broadcast on")
PAGE_NOTE_LOOK = 160

# load.clean
# "By Jane Doe", "By Jane Doe and John Smith, Reuters": who wrote it, not what happened. Names must be capitalised.
MAX_BYLINE = 200  # a line longer than this is no byline (and is never tried as one)

# load.corpus
# No paragraph of news is this long (about 3,500 words); the rest of a runaway line is not read.
MAX_LINE_CHARS = 20_000
EVENT_ROUNDS = 2  # an article dated from shared events dates its own relative mentions for the next round

# load.files
DEFAULT_MAX_BYTES = 2_000_000

# load.published
# lines at the top searched for a date that leads a line: more finds later ones, and dates of the story itself
TOP_LINES = 6
# lines at an article's foot searched for a "Published"/"Updated" stamp
FOOT_LINES = 4
# lines at the top searched for a time stamp (the last 10 are searched too): more risks an event's date read as the
# page's
STAMP_LINES = 15
PUBLISHED_EVIDENCE_SENTENCES = (
    300  # what dates an article (its posts, captions, "police said Thursday") is near its top
)

# load.shared_events
SAME_EVENT = 0.25  # two sentences must share this much of their content words to tell the same event
SHARED_WORDS = 3  # ... and at least this many of them
# past this many sources giving dated events, one sentence tied to one of them may be chance (a long story has
# many events on each weekday that share its names): two of the article's sentences must tie; lower dates fewer
# articles of long stories, higher risks chance ties
LONE_TIE_SOURCES = 12
WEEK_SPAN = 3  # the weekdays an article names for past news lie within this many days before its own day
# an undated article's sentences compared with the other sources' dated events: more finds more shared events,
# slower
SHARED_EVENTS_EVIDENCE_SENTENCES = 200

# article.line_keys
STALE_WORDS = (
    12  # the opening words compared for staleness: enough to be one statement, few enough to survive
)

# article.measures
SURNAME_ZIPF = (
    3.5  # a lone word before an age is taken for a surname when everyday English uses it less than this
)
CONVERSION_SLACK = 0.05  # a length turned into metres is given to a few per cent (98 feet is 29.9 m, not 25)
ROUNDED_HALF = 0.49  # a written figure stands for a value within half the place of its last digit

# article.story_terms
# A word everyday English uses less than this (wordfreq's zipf scale: 4.5 is about once in 30,000 words) tells
# what an article is about; higher lets words every article shares ("people") make every article look on-story.
TELLING_ZIPF = 4.5

# article.newcomers
FUNCTION_WORD_ZIPF = (
    6.0  # a first word more common than this ("The", "Will") is English, not a name; "May" passes
)

# article.questions
# a "What to Watch" item longer than this is prose, not a question: higher lists more prose lines
MAX_OPEN_WORDS = 45
# a question outside a watch section needs this many words: shorter ones are asides ("Why?")
MIN_QUESTION_WORDS = 6
# a reader-quiz prompt is this short ("How well do you know the bay?"); a longer line may ask about the story
PROMPT_WORDS = 8

# article.sentences
MAX_SENTENCES = 2000  # per article: no news article is longer; the rest of a runaway file is not read

# article.shingles
# words in a shingle: longer tells copies from texts that share phrases, shorter finds copies lightly edited
SHINGLE = 5
SKETCH = 64  # shingles in an article's sketch: its blocking keys
# bytes of a shingle's hash: fewer hold less, and different shingles then collide more often
SHINGLE_BYTES = 8
MIN_SHINGLES = 20  # shorter texts (a caption, a teaser) are never merged

# article.sightings
SIGHTING_WINDOW = 12  # words each side of a date that say what it is about
# date mentions read per article at most: more reads runaway lists of dates, fewer may miss a long article's late
# dates
MAX_DATES_PER_DOC = 300
# words of a key date's event text: longer tells more, shorter fits a chat line
EVENT_WORDS = 30
# a clause this long around a date is its event; a shorter one falls back to the whole sentence
MIN_CLAUSE_WORDS = 5
AFTER_DATE = 4  # words after the date that say what happened on it ("on Monday dismissed the suit")
UNSURE_BACK = 6  # days back a bare weekday may mean, or the next day in an article dated a day early

# article.summary_candidates
SUMMARY_CANDIDATES_MIN_WORDS = (
    8  # a shorter sentence is a fragment or a caption, rarely a self-standing statement
)
MAX_WORDS = 55  # a longer one is a run-on a reader skims; a summary line must read at a glance
# sentences of an article read as summary candidates at most: the lead and body, not a long tail
MAX_CANDIDATE_INDEX = 300

# story.answers
# a later sentence must share this many content words with a question to answer it: fewer marks more questions
# answered wrongly
MIN_SHARED = 3
# ... and cover this share of the question's subject words: lower answers more, and some that are not answers
MIN_COVER = 0.6

# story.cast
# A source's weight in a person's part halves every PART_HALF_LIFE days before the newest source; a floor keeps
# the story's founding figures listed after weeks. Shorter puts who is in today's news first.
PART_HALF_LIFE = 14.0
# an old source still counts this share of a new one's weight in a person's part: higher keeps founding figures on
# top
PART_FLOOR = 0.35
QUOTED_BONUS = 1.25  # a person the sources quote plays a larger part than one only named
# Reporters, presenters and producers are bylines and voices of the coverage, not actors in the story.
REPORTER_FACTOR = 0.3
# An organisation is written "the Red Cross": a name the corpus puts after "the" this often (of its full
# mentions, and at least DEFINITE_MIN times) is no person. Lower catches more bodies, but also "the late Ann Roe".
DEFINITE_SHARE = 0.3
# ... and at least this many times: one "the" before a name is too little to judge by
DEFINITE_MIN = 2
# A one-word name the corpus puts after "in", "at", "from", "near" or "to" this often is a place ("in Tarvos");
# a surname is almost never written so ("in Roe").
LOCATIVE_SHARE = 0.3
BYLINE_MIN = 2  # introduced as a reporter this often ("the BBC's Ann Roe") makes one of the coverage's voices

# story.copies
# two articles sharing this share of their shingles are one text: lower merges rewrites of the same wire copy, and
# some that are not copies
COPY_JACCARD = 0.8
# ... or when the shorter lies this much inside the longer (a cut copy): lower merges excerpts too
COPY_CONTAINMENT = 0.9
COPY_COMMON_SKETCH = 50  # a sketch value shared by more articles than this is boilerplate, not a copy signal
COPY_SAMPLE = 16  # sketch values needed to judge a pair from the sketches alone

# story.furniture
# A line printed on this many different publication days is furniture (or pasted background) for the summary,
# the questions and the key dates. Lower catches more boilerplate, but on a short story also a lead that two or
# three reports happen to share word for word.
FURNITURE_DAYS = 3
# A line whose opening words recur on this many days is old background: kept out of the summary, which tells
# where the story stands now. Lower keeps the summary fresher, at the price of a background line a reader may
# still need.
STALE_DAYS = 5

# story.people
# letters two surnames need before one letter apart is read as one name misspelt (shorter: "Gordon" and
# "Jordan" are two names)
PEOPLE_MISSPELT_MIN = 6
GIVEN_NAME_MENTIONS = 3  # a name whose only cue is a known first name must be named this often
# A name scan redone on at most this many articles builds a scan of the names each one holds (a few milliseconds
# each); past it, one scan of every listed name serves them all. Speed only: both find the same.
FEW_ARTICLES = 8

# story.quantities
SIZE_NEAR = 3.0  # ... within this factor of one of its values
SAME_MATTER = 0.2  # two sentences must share this much of their words to speak of the same count
SAME_STATED = 0.1  # ... or this much when the count names its state ("flights canceled", "homes destroyed")
MANY_SHARED = 5  # ... or this many words, whatever their share (lower flags more counts of different things)
TOLD_ALIKE = (
    3  # words a source's sentence must share with another's to pick its value among its unfitting ones
)
# Of the pairs of a count's values reported on different days, the share where the later report gives the larger
# value for the values to be an update (the count grew as the story went on; a report or two lagging behind the
# others does not make it a dispute). Lower reads more disputes as updates; 1.0 wants every report to grow.
UPDATE_SHARE = 0.8

# story.off_story
# Fewer articles than this and no article is set aside as off the story: the shares of a handful mean little.
OFF_STORY_MIN_ARTICLES = 10
# A telling word this share of the articles use is one of the story's words: higher keeps fewer, and an
# on-story article that uses none of them is set aside; lower lets an off-story article share one by chance.
STORY_TERM_SHARE = 0.3
# Fewer story words than this and no article is set aside: a story this spread out has no telling core.
OFF_STORY_MIN_TERMS = 3
# An article must use this many of the story's words to be on it: one may come from a sidebar's headline.
OFF_STORY_SHARED = 1

# story.questions
# two questions sharing this share of their words are one: lower merges more, and some different questions
QUESTION_MERGE_AT = 0.5

# story.summary
DEFAULT_WORDS = 120
# a sentence backs a summary line (and is cited for it) when this similar: lower cites more sources, some loosely
SUPPORT_SIM = 0.2
# a summary candidate this similar to a chosen line says it again and is skipped: lower drops more near-repeats, and
# some new facts
REDUNDANT_SIM = 0.45
# Past PANEL_DOCS sources, centrality is measured against a panel of that many (see summarize).
PANEL_DOCS = 120
# on a panel, a word in more than a tenth of it (and at least this many sources) links no sentences: lower is
# faster, and misses the story's main words
MIN_MAX_DF = 50
SUMMARY_OPENING = 1  # the first two sentences of an article are where it says what happened
# Past this many candidates, only this many (those a cheap centrality ranks best) and the opening lines are scored
# in full (see summarize): lower is faster, and may miss a line the full score would have chosen.
SUMMARY_SHORTLIST = 600
# A source's weight halves every RECENCY_HALF_LIFE days before the newest source: shorter makes the summary
# follow the latest reports more closely, longer lets well-corroborated older lines stay. A floor keeps an old
# line that everything since confirms from scoring nothing.
RECENCY_HALF_LIFE = 7.0
# an old source keeps this share of a new one's weight in the summary
RECENCY_FLOOR = 0.05
# Centrality is divided by the corpus' best, but never by less than this (on a corpus where nothing is shared,
# the best is noise and must not weigh as much as a real echo).
CENTRALITY_SCALE = 0.05
# The lead is an opening sentence of a source published within this many days of the newest one.
NEWEST_DAYS = 3
# On a long story (at least LONG_STORY_SOURCES sources) the summary may run past its budget by up to
# LONG_STORY_EXTRA times it, with the opening sentences of sources published within RECENT_DAYS of the newest
# only: what each of the latest reports leads with, never more history. A larger extra covers more of the last
# weeks at the price of a longer reply; fewer sources calls a short cluster long (its summary is then longer than
# a reader wants).
LONG_STORY_SOURCES = 30
# ... times the budget (see above)
LONG_STORY_EXTRA = 1.0
# ... the latest days the extra lines come from (see above)
RECENT_DAYS = 14

# story.timeline
# two mentions of the same day are one event when their sentences are at least this similar: higher splits a day's
# different events, and some of one
SAME_VALUE_SIM = 0.05
# ... when the value they share is a whole year ("in 2009", "last year"): sentences of a story's background years
# share one by chance, so more is asked: higher keeps a year's unrelated mentions apart, and some of one event
YEAR_SAME_SIM = 0.18
RIVAL_DAYS = 366  # ... and this close in time: a year decades away is a stray number, not a rival date
RIVAL_PRECISION = 3  # two values dispute only this close in precision rank (a day and a part of a month do)
# one event told in several wordings on one day: two entries of that day whose summed words are this alike are
# one (lower merges an article's distinct events of the day: 0.2 merged six right dev entries, 0.4 none)
SAME_DAY_SIM = 0.4
# a day written without its year takes another year when sentences giving that day with that year tell the same
# event this alike (0.1 and 0.2 alike on the long stories, no dev story changes; lower risks an anniversary's own news)
YEAR_FROM_OTHERS_SIM = 0.2
SAME_DAY_GROUPS = 30  # ... comparing only a day's this many largest entries (bounded cost at scale)
SAME_SOURCE_SIM = 0.3  # one source's two sentences on one day: one event only when they share this much
# two sources' sentences on one day tell one event when this similar: lower merges more, and some different events
# of that day
OVERLAP_SIM = 0.18
# ... for a planned event (one date named ahead): plans are worded apart more often, so less is asked
PLANNED_OVERLAP_SIM = 0.07
# ... for a range of days (a wide window overlaps much, so more is asked)
RANGE_OVERLAP_SIM = 0.25
# two sources giving different days for one planned event dispute when their sentences are this similar: lower flags
# more, and more false disputes
DISPUTE_SIM = 0.28
# a date more than this many years after the day asked is a stray number, not an event
HORIZON_YEARS = 10
EXACT_SIGHTINGS = 4000  # every date mention of a story up to this size is compared on every shared word
# in a large story, a word in more contexts than this proposes no pair (blocking): lower is faster and may miss a
# pair
BLOCK_DF = 300
CENTRALITY_DIGITS = 9  # far above the noise of summing floats in another order, far below a real difference
CLOSEST = 25  # in large stories, the pairs a date mention can join through: its closest this many
# the date mentions' word index is blocked by spans of this many days (a mention meets those of its spans): the
# same pairs whatever the value; shorter spans make a day's mention meet fewer others, a month's look up more spans
BLOCK_DAYS = 14
# a mention spanning more blocks than this (a year) meets every other through the whole index instead (the same
# pairs): higher files a wide mention under more blocks
WIDE_BLOCKS = 6
# A background date (long before the story: a birth, an earlier disaster) counts this much of a story date's
# weight: it stays listed, below the days the story itself is made of.
BACKGROUND_WEIGHT = 0.25
# A day gone by that every source told only as a plan ("a hearing is set for 5 April") counts this much: it may
# have been put off; lower ranks such days below those a source reports as done, higher keeps more of them on top.
PLAN_ONLY_WEIGHT = 0.5

# story.watchlist
QUESTIONS_SHOWN = 10  # the briefing keeps this many: the best open ones, then the latest answered ones
# A question none of whose sources is within this many days of the story's newest source is no longer open news
# (answered somewhere unseen, or overtaken). Longer keeps slow questions (an appeal, an inquiry) for longer.
QUESTION_OPEN_DAYS = 45
QUESTION_OPEN_SOURCES = (
    10  # on a story reported rarely, the window stretches to hold its newest this many sources
)
QUESTION_HALF_LIFE = 14.0  # a question's weight halves this many days before the newest source
# A question must use a word at least STORY_SHARE of the sources use (or name a listed person), and one that
# everyday English uses rarely (wordfreq's zipf scale: 5 is "year", 4 is "verdict", 3 is "mediate"). A higher
# share or a lower zipf drops more sidebars, and more questions worded apart from the coverage.
STORY_SHARE = 0.1
# Below this many sources a word's share says little: the test is not made (a sidebar is a long story's problem).
STORY_MIN_SOURCES = 8
# ... the rare word's zipf frequency at most (one such word is enough)
RARE_ZIPF = 4.5
# ... or two words at most this common
COMMON_ZIPF = 5.0

# output.digest
# a digest says the story is quiet when its newest source is older than this many days
DEFAULT_STALE_DAYS = 7
# summary lines a digest shows: more tells more, fewer keeps the digest a glance
SUMMARY_SENTENCES = 3
ANSWER_OVERLAP = 0.5  # half the question's content words

# parallel
# Starting the pool and sending articles to it costs about as much as reading a dozen articles: fewer stay here.
MIN_ITEMS = 16
# Work is sent in chunks, several per worker, so that one long article does not leave the other workers idle.
CHUNKS_PER_WORKER = 8

# pipeline
NAMED_PEOPLE = 30  # a question naming one of the story's top people is about the story

# text
MAX_LITERAL = 120  # longer strings are no names or phrases worth matching (and would nest the pattern deeply)
MAX_SENTENCE_CHARS = 1500  # a longer "sentence" (a 10,000-word run-on) is cut at spaces into pieces this long
