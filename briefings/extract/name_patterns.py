"""Declared cues for the name finder (candidates.py) and the cast (cast.py): what around a capitalised run shows a
person, and what shows a work, a vessel or a body instead. Tables, not code paths; nothing story-specific.
"""

from __future__ import annotations

import re

from briefings.extract.date_patterns import MONTHS, WEEKDAYS

# Lowercase nouns that stand right before a name as its role, beyond the title words ("his wife Ann Roe", "host
# Ann Roe", "driver Ann Roe"): family, cast and credit words a news story puts before the people it names.
ROLE_BEFORE_NOUNS = frozenset(
    """wife husband son daughter brother sister mother father cousin nephew niece uncle aunt grandson
    granddaughter grandmother grandfather stepfather stepmother stepson stepdaughter fiance fiancee fiancé
    fiancée girlfriend boyfriend widow widower partner friend neighbour neighbor colleague host co-host
    co-star star actor actress singer rapper poet novelist playwright filmmaker director producer screenwriter
    comedian musician academic scholar driver bodyguard nanny lawyer candidate nominee challenger opponent rival
    victim suspect defendant plaintiff witness survivor teenager student agent donor billionaire magnate winner
    dictator""".split()
)

# Relatives: "his wife, Melka," names a person by her first name alone (a one-word name is listed so).
FAMILY_NOUNS = frozenset(
    """wife husband son daughter brother sister mother father cousin nephew niece uncle aunt grandson
    granddaughter grandmother grandfather stepfather stepmother stepson stepdaughter fiance fiancee fiancé
    fiancée girlfriend boyfriend widow widower""".split()
)
RELATIVE = "relative"  # the evidence it gives

# Party words written before a name as its role ("Republican Ann Roe", "black Democrat Ann Roe").
PARTY_WORDS = frozenset("republican democrat socialist libertarian".split())

# Titles' abbreviations a role is written with in full ("Sen. Ann Roe" is a Senator); only unambiguous ones.
TITLE_ABBREVIATIONS = {
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "gen.": "General",
    "lt.": "Lieutenant",
    "col.": "Colonel",
    "capt.": "Captain",
    "sgt.": "Sergeant",
    "adm.": "Admiral",
    "maj.": "Major",
    "cmdr.": "Commander",
    "cpl.": "Corporal",
    "pvt.": "Private",
    "det.": "Detective",
    "supt.": "Superintendent",
    "insp.": "Inspector",
    "prof.": "Professor",
    # the same without the full stop, as British house style writes them ("Gen Ann Roe")
    "sen": "Senator",
    "gen": "General",
    "lt": "Lieutenant",
    "capt": "Captain",
    "sgt": "Sergeant",
}
# Nouns that show a person before a name but tell no role ("A Christian woman, Ann Roe, was held").
GENERIC_PERSON_NOUNS = frozenset("woman man girl boy".split())
# Plural family nouns an appositive gives two people at once (", the parents of Ann Roe,").
FAMILY_PLURALS = frozenset("parents grandparents".split())
# Plural nouns before a pair of names between commas ("Charlie's parents, Ann Roe and Bo Li, said"): both people.
PLURAL_ROLES = FAMILY_PLURALS | frozenset(
    """sons daughters brothers sisters children cousins friends neighbours neighbors colleagues lawyers
    attorneys victims survivors hosts co-hosts founders co-founders""".split()
)

# First names that are also stop words or a month's abbreviation ("don", "Jan"): a name's first word when a name
# word follows ("Don Roe", "Jan Roe"; "Jan 5" is a date).
STOPWORD_FIRST_NAMES = frozenset({"Don", "Jan"})

# Right after a name: an age (", 26,", ", 24 and", " (41)"), which only a person is given.
AGE_AFTER = re.compile(r"(?:,\s*(?:aged\s+)?|\s+\()(?:1[01]\d|[1-9]\d?)(?:\s*,|\s+and\b|\))")
# Right before a name: an age written as its adjective ("1-year-old Ann Roe", "the 67-year-old Ann Roe").
AGE_BEFORE = re.compile(r"\b(?:1[01]\d|[1-9]\d?)[- ]years?[- ]old\s+$")
# Right after a name: a relative clause only a person opens (", who visited Cuba,"); a body is "which".
WHO_AFTER = re.compile(r",\s+who\s+[a-z]")
# Right after a name: the handle that signs an embedded social post ("— Ann Roe (@annroe) May 3, 2016").
HANDLE_AFTER = re.compile(r"\s*\(@\w{1,30}\)")

# Verbs of speech that show a speaker beside a name, beyond the reporting verbs the quote finder shares.
SPEAKER_VERBS = frozenset(
    """countered countering lamented quipped retorted testified recounted joked boasted vowed pleaded
    complained conceded tweeted""".split()
)

# Nouns of works: a capitalised run in a list they introduce ("hits such as Ann Roe and Bad", "the song Ann Roe",
# "albums: ..., Ann Roe, ...") is a title, not a person.
WORK_NOUNS = frozenset(
    """hit hits song songs single singles album albums track tracks record records film films movie movies
    book books novel novels show shows series play plays musical musicals tune tunes anthem ballad""".split()
)
# Lowercase words a list of titles may hold between its work noun and a title ("hits such as", "including").
WORK_LIST_JOINERS = frozenset("such as including like and or the a an his her their its".split())

# Prefixes that make the name after them a vessel's ("USS Ann Roe", "HMS Ann Roe").
VESSEL_PREFIXES = frozenset("uss hms rms hmas hmcs mv ms ss rv ins fs".split())

# Words that join the words of a body's name in another language and never a person's ("Médecins Sans
# Frontières", "Reporters Sans Frontières", "Ärzte ohne Grenzen"); a person's particles (de, du, van) are not here.
FOREIGN_CONNECTORS = frozenset("sans sin pour ohne und senza per des les".split())

# Faiths and denominations: adjectives and nouns of belief, never a person's name ("Roman Catholic").
FAITH_WORDS = frozenset(
    """catholic catholics protestant protestants anglican anglicans orthodox baptist baptists methodist
    methodists evangelical evangelicals presbyterian lutheran pentecostal mormon mormons muslim muslims jewish
    sunni shia shiite hindu hindus buddhist buddhists sikh sikhs""".split()
)

# A credit, not a person of the story: a name right after a photo or byline cue ("AP Photo/Ann Roe", "Photo: Ann
# Roe", "By Ann Roe", "REUTERS/Ann Roe") or right before an agency after a slash or a "contributed" ("Ann Roe /
# AP", "Ann Roe contributed to this report").
CREDIT_BEFORE = re.compile(
    r"(?:\b(?:photo|photos|photograph|image|video|credit|courtesy|illustration)(?:\s+by)?\s*[:/]|/|"
    r"(?:^|\n)\s*(?:updated\s+)?by)\s*$",
    re.IGNORECASE,
)
CREDIT_AFTER = re.compile(r"\s*(?:/\s*\S|contributed\b|(?:also\s+)?contributed\b)")

# Capitalised words that may follow a one-word name without making it part of a longer one ("President Roe
# Monday said", "Chancellor Roe Tonight"): days, months and times of day.
TIME_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset("today tonight yesterday tomorrow morning evening".split())
)

# Abbreviations that keep their full stop as one token ("Dr.", "Gen.", "Jr."): a title or a name's suffix.
DOTTED_ABBREVIATIONS = frozenset(
    "dr mr mrs ms gen sen rep gov lt col capt prof st jr sr sgt adm maj cmdr supt insp det cpl pvt rev".split()
)
# Generational and regnal suffixes, written exactly so, that end a name and make it another person's: "Ann Roe
# Jr." is not Ann Roe, "Ann Roe II" not "Ann Roe" ("World War II" is no person either way). "Sr." is left out: the
# father is the one written without a suffix.
GENERATIONAL_SUFFIXES = frozenset("Jr Jr. Jnr II III IV".split())
# Abbreviations of countries and bodies, never a person's initials ("U.S. Stance", "U.N. Envoy").
PLACE_ABBREVIATIONS = frozenset("u.s u.k u.n e.u u.s.a d.c u.a.e p.r".split())
# Words before a run that make it a place or a body, not a person ("analysts at Brightwater Capital said").
PLACE_PREPOSITIONS = frozenset("at from in of for with to by".split())
# Words before a run that make a place its first word even when that is also a first name ("in Paris Ann Roe").
LOCATIVE_PREPOSITIONS = frozenset("in at from near".split())
# First words of place names that are also first names ("San", "Santa", "Mount"): never a person's first name.
PLACE_HEADS = frozenset("san santa saint st new north south east west fort port mount lake".split())

# Punctuation after which a run opens like a sentence (its first word is capitalised anyway).
RUN_OPENERS = frozenset({":", "“", '"', "(", "—", "–", ";"})

# An appositive after a name (", a conflict resolution expert at Georgetown,") opens with one of these.
APPOSITIVE_OPENERS = ("a", "an", "the", "former", "then", "now", "currently", "who is", "who was")
# Words that end an appositive's role: what follows is a clause ("…, a spokesman, said").
APPOSITIVE_ENDS = ("said", "says", "told", "who", "which", "stated", "noted", "wrote")
# Words before a title phrase that make it a predicate of what comes before, not the next name's title ("Ann Roe is a
# Tunisian diplomat Bo Li, her successor, ...": a caption glued to the next line).
PREDICATE_OPENERS = frozenset("is a|is an|was a|was an|are a|were a|'s a".split("|"))
# Of those, the verbs that make the appositive the subject of its own sentence when no comma comes first ("who
# treated Ann Roe, a spokeswoman said."): the role is the speaker's.
APPOSITIVE_SPEECH_ENDS = tuple(verb for verb in APPOSITIVE_ENDS if verb not in ("who", "which"))
# Verbs that make the words after a name a clause of their own, not a role (", the mayor went after Lindqvist").
CLAUSE_VERBS = frozenset(
    "went said told was were is are has have had did does made took gave came met called wrote added "
    "reports writes says tells".split()  # ", the Herald's Ann Roe in Lorwick reports": a credit, no role
)
# Nouns that name someone by a tie to another ("a spokesman for Mayor Ann Roe", "a lawyer for President Bo Li",
# "an aide to Senator Vo"): in a title phrase before a name, the named person holds only what follows the tie.
RELATION_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney assistant "
    "wife husband son daughter mother father brother sister friend nephew niece widow widower".split()
)
RELATION_TIES = frozenset("for of to".split())
# Words a role never opens with: what follows a name after a comma and starts so is a clause or a place
# (", in Lorwick with her son,", ", due to visit on Sunday,", ", being treated for burns,").
ROLE_CLAUSE_OPENERS = frozenset(
    "in at on with from by into after before during due being while since "
    "day days week weeks month months year years decade decades".split()  # ", a month shy of his 51st birthday,"
)
# Words after a past participle that make it a clause, not a role's adjective (", elected in 2006,", ", accused of
# fraud,", ", trained as a nurse,"; but ", a retired general,", ", a talented and beloved colleague,").
PARTICIPLE_LINKS = ROLE_CLAUSE_OPENERS | frozenset("of for to as".split())
# A sentence adverb that a page's lost line break glued to the end of a role ("head of the mission Meanwhile"), or
# that opens a sentence before a title ("Meanwhile President Ann Roe"): no word of the role.
ROLE_TRAILING_CONNECTIVES = frozenset("meanwhile however also though although but and then still yet".split())
# Reporting verbs that tell nothing of a person when an object follows ("Ida continued its devastation").
OBJECT_VERBS = frozenset("continued continues posted concluded recalled asked urged predicted".split())
# Reporting verbs right before a name that show a speaker ("said Dr. Ruiz"); "say" is not one ("declined to say
# South Africa should").
SPEAKER_BEFORE_VERBS = frozenset(
    "said says added noted explained wrote countered quipped retorted lamented".split()
)

# Right after a name in a photo caption: where the person stands in the picture (", left,", " (center)"); only a
# person is placed so.
POSITION_AFTER = re.compile(
    r"(?:,\s*|\s+\()(?:(?:second|third)\s+from\s+)?(?:left|right|center|centre|front|rear)\s*(?:,|\))"
)

# Right before a name in a photo caption: a person placed before it, and this one ("Ann Roe, left, and Bo Li").
POSITION_BEFORE = re.compile(r"(?:left|right|center|centre)\s*[,)]\s*and\s+$")

# Cues beside a run that a known first name starts, too weak to show a person alone but enough, with that first
# name, for a name the story names once (the corpus' ordinary words still rule it out, see people.py):
# an outlet's possessive after a verb of telling ("told CNN's Ann Roe"), brackets after a lowercase word ("their
# parents (Ann Roe and Bo Li)"). Not a list of such names: lists of bylines and sightings hold reporters and
# passers-by.
OUTLET_BEFORE = "outlet"
BRACKETED = "bracketed"
# a list of two names or more set off by dashes inside a sentence ("three donors — Ann Roe, Bo Li and Cy Vo — were
# named"): an aside that lists people, not a byline (which opens or ends a line)
DASHED = "dashed"
# the name is the subject of a verb right after it ("Ann Roe emailed his superiors", "Ann Roe is starting to",
# "Ann Roe looks over the damage"): something a person does, not a credit ("Ann Roe reported from Kyiv")
ACTS = "acts"
SUPPORTING_EVIDENCE = frozenset({OUTLET_BEFORE, BRACKETED, DASHED, ACTS})
# first names listed before a full name share its surname ("Oskar, Jon and Ann Roe", "Ann and Bo Roe"): each is
# that surname's person, and known first names paired with one surname are people even when a first name is
# also an ordinary word ("Hillary and Bill Roe" though the story writes "the bill"); not a place ("Georgia and
# Virginia Beach", ruled out where the cue is found)
SHARED_SURNAME = "shared-surname"
# A lowercase plural role right before a list of two names or more ("Roman emperors Vo and Lin", "appeals judges
# Roe, Li and Vo"): each listed name is a person holding that role, even a one-word name.
ROLE_LIST = "role-list"
# Plural roles of the coverage's own staff: a list after them credits reporters ("Times reporters Ann Roe, Bo Li
# and Cy Vo discuss the storm"), not people of the story.
CREDIT_PLURALS = frozenset(
    "reporters writers correspondents editors producers photographers contributors journalists staffers".split()
)
# Nouns of bodies: one right before a run ("the liberal blog Harbour Pols") or heading its appositive ("Harbour
# Aid, an international organization devoted to ...") makes the name a body's, wherever else it speaks.
BODY_NOUNS = frozenset(
    """organization organisation company firm agency charity blog newspaper website magazine network broadcaster
    channel party union coalition foundation institute nonprofit non-profit outlet publication tabloid label
    brand""".split()
)
# Dashes that set an aside off inside a sentence.
DASHES = frozenset({"—", "–"})
# Right after a full name, its verb: an auxiliary, or a past tense ("emailed", "used"); a present tense in -s only
# before a preposition or an article ("looks over", "pulls on a rope": "Ann Roe supporters" is a noun); not a
# passive ("used by") nor a verb whose object is "its" ("Storm Ann continued its path": a thing).
ACTS_AFTER = re.compile(
    r"\s+(?:(?:is|was|has|had|will|would|could|can|did|does|may|might|must|should)\s+[a-z]"
    r"|[a-z]{2,}ed\b(?!\s+(?:by|from|its)\b)"
    r"|[a-z]{3,}[^s\W]s\s+(?:on|over|at|in|into|up|out|to|from|with|for|a|an|the|his|her|their)\b)"
)
# Reporting verbs in -s that are as often plural nouns ("Rust Belt states more competitive"): a verb after a name
# only before "that", a comma or a quote.
NOUN_LIKE_VERBS = frozenset("states claims notes remarks comments".split())
# Verbs after a name that credit a reporter or an editor, not an act of the story ("Ann Roe contributed").
CREDIT_VERBS = frozenset(
    "reported contributed edited produced compiled wrote filed reports contributes edits produces writes files".split()
)
# Words before an outlet's possessive that make the name after it someone spoken to ("told CNN's Ann Roe"), not
# a byline ("by NYT's Ann Roe").
OUTLET_LEADS = frozenset("told tells telling tell with to interview interviewed".split())

# A related-links widget scraped into a sentence: from a headline glued to a name ("Ann Mary RoeRoe: Bridge talks
# stall") to its "MORE" link; the names inside belong to the headlines, not to the sentence.
RELATED_LINKS = re.compile(r"\S*[a-z][A-Z]\S*:[^“”\"]*?\bMORE\b")
