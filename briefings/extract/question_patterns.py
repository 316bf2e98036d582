"""The vocabulary of open questions: what news says when something is not known, not told, or not decided yet,
and what looks like a question but asks nothing of the story.

Used by `briefings.article.questions`. Each cue is one row (its kind, the pattern, an example it is written
for); the rows of a table are joined into one pattern, so adding a cue never adds a code branch. A statement
needs no "?" to leave something open: "it was not immediately clear what caused the blast", "officials have not
disclosed the amount", "the appeal is pending".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WH = r"(?:whether|if|how|why|who|whom|whose|what|which|when|where|exactly)"
_NOT = r"(?:\s+not|n't|n’t)"
_Q = r"[“\"‘']?"  # a quotation mark that may stand before a quoted word ("ordered a “full review”")

# (kind, pattern, an example written for it)
OPEN_CUES: list[tuple[str, str, str]] = [
    # not known
    ("unknown", r"(?:(?:is|are|was|were|remains?|remained|still)\s+(?:still\s+)?not|(?:is|are|was|were)n['’]t)\s+"
     r"(?:yet\s+|immediately\s+)?(?:clear|known|certain|determined|apparent)",
     "it was not immediately clear what caused the blast"),
    ("unknown", r"(?:is|are|was|were|remains?|remained|still)\s+(?:still\s+)?(?:unclear|unknown|uncertain|"
     r"undetermined|unresolved|unanswered|pending|under\s+investigation|to\s+be\s+(?:seen|determined|decided))",
     "the cause remains unknown"),
    ("unknown", rf"(?:unclear|not\s+clear|not\s+known|unknown|uncertain)\s+{_WH}", "unclear whether he will run"),
    ("unknown", r"(?:remains?|remained|is|was)\s+(?:still\s+)?(?:an?\s+)?(?:enigma|mystery|puzzle|open\s+question)",
     "his motive remains an enigma"),
    ("unknown", r"time\s+will\s+tell|questions?\s+(?:remain|linger|persist)|unanswered\s+questions?|no\s+one\s+knows"
     r"|nobody\s+knows|anyone['’]s\s+guess", "questions remain about the contract"),
    ("unknown", rf"(?:gave|give|gives|offered|was|is)\s+no\s+(?:immediate\s+)?(?:indication|word|sign)\s+"
     rf"(?:of|on|about|as\s+to)\s+{_WH}|there\s+(?:was|is|has\s+been)\s+no\s+(?:immediate\s+)?word\s+(?:on|of|about)",
     "officials gave no indication of when the plant would restart"),
    ("unknown", rf"(?:could|can){_NOT}\s+(?:tell|say|determine|explain|establish|identify)\s+{_WH}",
     "police could not tell who fired first"),
    ("unknown", rf"(?:do|does){_NOT}\s+(?:yet\s+)?know|did{_NOT}\s+yet\s+know", "investigators do not know"),
    ("unknown", r"little\s+(?:is|was)\s+(?:yet\s+)?known|(?:details|information)\s+(?:\w+\s+){0,4}?(?:were|was|are|is|"
     r"remain|remained)\s+(?:still\s+)?(?:scarce|sketchy|scant|unavailable)", "little is known about the gunman"),
    ("unknown", rf"(?:not\s+sure|unsure|unaware)\s+{_WH}", "he was unaware if the photo had been altered"),
    ("unknown", rf"(?:wants?|want)\s+to\s+know\s+{_WH}", "families want to know why"),
    ("unknown", rf"(?:trying|working|seeking|continue\s+to\s+work|wait(?:ing)?\s+for\s+(?:\w+\s+){{1,4}}"
     rf"(?:to\s+finish\s+)?before)\s+(?:to\s+)?(?:determine|determining|establish|find\s+out|learn|understand|figure"
     rf"\s+out)\s+(?:{_WH}|the\s+cause)", "doctors are trying to determine whether the lye tore it"),
    ("unknown", rf"\bthe\s+(?:\w+\s+){{0,3}}question\s+(?:\w+\s+){{0,4}}(?:is|remains|becomes)\s+{_WH}",
     "the question candidates now face is whether it holds"),
    ("unknown", r"run(?:s|ning)?\s+the\s+risk\s+of", "its pages run the risk of fading into obscurity"),
    ("unknown", r"(?:has|have|had)\s+not\s+been\s+possible\s+(?:yet\s+)?to|(?:is|was)\s+(?:not\s+yet\s+possible|"
     r"impossible|too\s+early)\s+to\s+(?:say|know|tell|determine)", "it has not been possible yet to recover it"),
    ("unknown", r"\bit\s+is\s+(?:possible|conceivable)\s+that", "it is possible that they were hedging"),
    ("unknown", r"no\s+immediate\s+(?:estimate|explanation|word)|undetermined|unexplained|unconfirmed",
     "there was no immediate estimate of the damage"),
    ("unknown", r"(?:different|conflicting|contradictory)\s+(?:answers|accounts|versions|explanations)",
     "the army has given conflicting accounts"),
    ("unknown", r"(?:do|does)(?:\s+not|n't|n’t)\s+have\s+(?:\w+\s+){0,2}(?:evidence|proof|intelligence)",
     "officials do not have evidence"),
    # not verified
    ("unverified", r"(?:could|can)(?:\s+not|not)\s+be\s+(?:independently\s+)?(?:verified|confirmed|authenticated)"
     rf"|(?:can|could)(?:not|n't|n’t|\s+not)\s+(?:confirm|verify|say\s+{_WH})", "the video could not be verified"),
    ("unverified", r"if\s+(?:that|this|it|the\s+\w+)(?:\s+is|\s*'s|\s*’s)\s+(?:true|correct)",
     "if that is true, the deal is off"),
    # not told
    ("untold", rf"(?:has|have|had){_NOT}\s+(?:yet\s+)?(?:disclosed|revealed|named|identified|specified|indicated|"
     r"explained|detailed|announced|released)", "officials have not disclosed the amount"),
    ("untold", rf"(?:has|have|had){_NOT}\s+(?:yet\s+)?said\s+{_WH}", "she has not said whether she will run"),
    ("untold", r"(?:has|have|had|was|were)\s+not\s+(?:yet\s+)?been\s+(?:named|identified|released|disclosed|made\s+"
     r"public)", "the victims have not been named"),
    ("untold", rf"did{_NOT}\s+(?:specify|disclose|reveal|elaborate|indicate|give\s+(?:details|a\s+reason)|provide\s+"
     rf"details|refer\s+to\s+any\s+specific|say\s+{_WH}|(?:release|announce|publish)\s+(?:the|any|his|her|their)\s+"
     rf"(?:\w+['’]s\s+)?(?:names?|identity|details|cause|motive|findings))",
     "the statement did not specify the charges"),
    ("untold", rf"(?:would|will){_NOT}\s+(?:say|disclose|reveal|specify|confirm)\s+{_WH}"
     rf"|refused\s+to\s+(?:say|disclose|reveal)", "the company would not say how many"),
    ("untold", rf"declined\s+to\s+(?:give|disclose|reveal|provide|name|identify|specify|elaborate)|declined\s+to\s+"
     rf"say\s+{_WH}", "police declined to name the suspect"),
    ("untold", rf"(?:has|have|had){_NOT}\s+(?:yet\s+)?(?:come\s+out|emerged|surfaced|been\s+made\s+public)"
     rf"|made\s+no\s+(?:public\s+)?(?:statement|comment)\s+(?:about|on)\s+{_WH}",
     "more details have not come out about the shooting"),
    ("untold", r"no\s+(?:details|reason|motive|explanation)\s+(?:was|were|has|have|had)\s+(?:yet\s+)?(?:been\s+)?"
     r"(?:given|released|provided|offered|disclosed)", "no details were released"),
    # not decided
    ("undecided", r"(?:has|have|had)\s+(?:not\s+(?:yet\s+)?|yet\s+to\s+)(?:decided|determined|explained|been\s+"
     r"(?:determined|identified|decided|charged|resolved))", "the board has not yet decided"),
    ("undecided", r"yet\s+to\s+(?:be\s+)?(?:decide|determine|explain|identif|resolve|charge|rule|establish|announce|"
     r"reveal|disclos|name|release|confirm|specif|set|find|found|locat|recover|say)\w*", "the court is yet to rule"),
    ("undecided", r"no\s+(?:date|timetable|timeline|deadline|decision)\s+(?:has|had|have)?\s*(?:been|was|is)\s+"
     r"(?:yet\s+)?(?:set|fixed|given|announced|made|reached)|there\s+(?:is|was)\s+no\s+(?:timetable|timeline|date)\s+for",
     "no date has been set for the vote"),
    ("undecided", rf"(?:has|have|had){_NOT}\s+(?:yet\s+)?(?:decided|determined|explained|fully\s+\w+|been\s+(?:claimed|"
     r"determined|identified|decided|charged|resolved|filed))", "the attack has not been claimed"),
    ("undecided", r"(?:no\s+one|nobody|no\s+group)\s+(?:has\s+)?(?:claimed|taken\s+responsibility|owned\s+up)"
     r"|unclaimed", "no group has claimed the attack"),
    ("undecided", r"no\s+(?:charges|decision|arrests?)\s+(?:has|have)\s+(?:yet\s+)?been|(?:is|are|was|were)\s+not\s+"
     r"(?:\w+ed)\s+yet", "no charges have been filed"),
    ("undecided", r"(?:debating|debated|sparred\s+over|weighing|considering)\s+(?:whether|how)\b"
     r"|(?:asking|asked|wonder(?:ing|ed)?|questioning|questioned)\s+(?:whether|if|how|why|who|what|when|where)",
     "ministers are weighing whether to extend it"),
    ("undecided", r"(?:reveal|show|determine|decide|decides|knows?|see)\s+whether|(?:expected|due)\s+to\s+(?:reveal|"
     r"show|determine|decide|rule|announce)|under\s+consideration", "the test will show whether"),
    ("undecided", r"will\s+be\s+(?:up\s+)?(?:for|to)\s+(?:the\s+)?(?:\w+\s+){1,3}to\s+(?:decide|judge|determine|rule|"
     r"make)", "it will be for the court to make its judgment"),
    # pending: votes, trials, hearings, appeals, investigations, things still to come
    ("pending", r"(?:is|are)\s+(?:still\s+|yet\s+)?to\s+come|(?:is|are)\s+not\s+(?:yet\s+)?over",
     "the hardest part is still to come"),
    ("pending", r"(?:awaiting|awaits|await)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:trial|ruling|"
     r"verdict|decision|sentencing|results?|vote|hearing|approval|outcome|autopsy|extradition)|pending\s+(?:a|an|the)"
     r"\s+(?:\w+\s+)?(?:trial|ruling|review|investigation|hearing|appeal)", "he is awaiting trial"),
    ("pending", r"(?:will|is\s+(?:set|scheduled|expected|due)\s+to|are\s+(?:set|scheduled|expected|due)\s+to)\s+"
     r"(?:vote|rule|decide|consider|hear\s+(?:the|an|his|her)|weigh\s+in)", "the Senate will vote on the bill"),
    ("pending", r"(?:lawsuits?|suits?|investigations?|inquir(?:y|ies)|probes?|reviews?|appeals?|negotiations|talks)\s+"
     r"(?:(?:into|of|on|by)\s+(?:\w+\s+){1,4}?)?(?:is|are)\s+(?:still\s+|now\s+)?(?:underway|under\s+way|ongoing|"
     r"continuing|pending)|appeal\s+is\s+pending", "an inquiry into the collapse is under way"),
    # a trial, a sentencing, an appeal ahead leave an outcome open; a hearing "on Monday" is a date (dates.py's)
    ("pending", r"(?:trial|retrial|sentencing|inquest|appeal)\s+(?:\w+\s+){0,3}?(?:is|are|has\s+been)\s+"
     r"(?:now\s+)?(?:set|scheduled|due|expected)\s+(?:to\s+(?:begin|start|open|resume|be\s+heard)|for|in|on|next)"
     r"|(?:faces?|facing|will\s+stand|awaits?)\s+(?:a\s+)?(?:\w+\s+)?trial\b"  # not "ordered to stand trial"
     r"|appeals?\s+(?:\w+\s+){0,3}?will\s+be\s+(?:heard|decided|argued)",
     "the retrial is due to open in May"),
    ("pending", r"(?:verdict|ruling|decision|judgm?ent|results?|outcome|findings|report|sentence|vote)\s+"
     r"(?:\w+\s+){0,4}?(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due|anticipated|scheduled|set\s+for)\b",
     "a ruling on the permit is expected soon"),
    ("pending", r"(?:plans?|planned|intends?|vowed|vows|will|would)\s+(?:to\s+)?appeal|(?:has|have)\s+appealed"
     r"|is\s+appealing|filed\s+an\s+appeal|(?:could|may|might|can)\s+(?:still\s+)?appeal",
     "the insurer plans to appeal"),
    ("pending", r"(?:is|are)\s+(?:investigating|reviewing|looking\s+into)|will\s+(?:investigate|decide\s+whether|rule"
     r"\s+on)|(?:will|would)\s+be\s+(?:investigating|reviewing|looking\s+into|examining)|(?:is|are)\s+(?:currently\s+"
     r"|now\s+|still\s+)(?:investigating|reviewing|examining|probing)|(?:is|are)\s+(?:still\s+|now\s+)?being\s+"
     r"(?:investigated|probed|"
     r"examined|reviewed)|under\s+(?:investigation|review)", "the police are investigating"),
    ("pending", rf"(?:ordered|launched|opened|constituted|set\s+up|formed|called\s+for)\s+(?:a|an)\s+{_Q}(?:[\w-]+\s+)"
     rf"{{0,3}}(?:investigation|inquiry|probe|review|inquest|committee){_Q}", "the minister ordered a full review"),
    ("pending", r"(?:has|have|had)\s+filed\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:suit|lawsuit|complaint|petition|motion)"
     r"|(?:toying\s+with|contemplating|mulling|eyeing)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:bid|run|challenge)"
     r"|(?:might|may|could)\s+have\s+to\s+(?:recommend|decide|consider|act)", "she has filed a separate suit"),
    ("pending", r"subject\s+of\s+(?:negotiation|litigation|debate)|the\s+(?:potential|possibility|prospect|likelihood)"
     r"\s+(?:for|of|that)", "the possibility of a strike"),
    # what may still happen or take time
    ("ahead", r"(?:will|could|may|would)\s+(?:take|be)\s+(?:\w+\s+){0,3}(?:days|weeks|months|years|time)\s+(?:before|"
     r"until|to\s+(?:know|understand|determine|assess|grasp))", "it will be months before power is restored"),
    ("ahead", r"(?:said|signaled|signalled|indicated|suggested|warned)\s+(?:that\s+)?(?:he|she|they|it)\s+(?:might|"
     r"may|could)\s+(?:seek|hold|block|sue|resign|run|veto|withdraw|call)", "he said he might seek a subpoena"),
    ("ahead", r"(?:further|more|additional)\s+(?:research|studies|study|tests|testing|analysis|work|evidence)\s+"
     r"(?:is\s+|are\s+|will\s+be\s+|would\s+be\s+)?(?:needed|required|necessary)|need\s+(?:further|more|additional)\s+(?:"
     r"research|studies|tests|testing|analysis)", "additional studies are needed"),
    ("ahead", r"(?:not|\w+n['’]t|never|refused\s+to|declined\s+to)\s+(?:yet\s+)?(?:been\s+)?rul(?:e|ed|ing)\s+out",
     "the governor has not ruled out a run"),
    ("ahead", r"(?:could|may|might|would)\s+(?:still\s+|now\s+)?face\s+(?:\w+\s+){0,2}?(?:charges?|prosecution|trial|"
     r"prison|jail|up\s+to|a\s+fine|fines|sanctions|penalties|disciplinary)", "the driver could face charges"),
    ("ahead", r"could\s+still|(?:fuel|fuels|fueled|fuelled|stoke|stokes|stoked|spark|sparks|sparked)\s+(?:talk|talks|"
     r"speculation|questions)|(?:fear|fears|worry|worries)\s+(?:that|whether)", "fears that the dam could fail"),
    ("ahead", r"likely\s+(?:much\s+|far\s+)?(?:higher|larger|greater|worse)|unlikely\s+to\s+(?:resume|reopen|return)",
     "the toll is likely much higher"),
]  # fmt: skip

_OPEN = r"\b(?:" + "|".join(f"(?:{p})" for _, p, _ in OPEN_CUES) + r")\b"
OPEN = re.compile(_OPEN, re.IGNORECASE)
# The same rows read on the lowercased text (they are written in lowercase): one large alternation under
# IGNORECASE is several times slower, and it is the costliest pattern an article meets.
_OPEN_LOWER = re.compile(_OPEN)


def open_cues(text: str) -> Iterator[re.Match[str]]:
    """Every cue in `text` that leaves something open, matched on its lowercase at the same offsets."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ") would move the offsets
        return OPEN.finditer(text)
    return _OPEN_LOWER.finditer(lowered)


# What asks nothing of the story, however it is worded.
NOT_OPEN_CUES: list[tuple[str, str, str]] = [
    # a general remark, not this story's unknown
    ("general", r"\b(?:is|are)\s+(?:common|commonplace|normal|typical|routine|not\s+unusual)\b"
     r"|\b(?:often|usually|typically|generally|frequently|rarely|always|sometimes|inevitably)\b",
     "conflicting accounts are common after a disaster"),
    # a writer's rhetorical aside
    ("aside", r"^(?:(?:and|but|so),?\s+)?(?:who\s+knew|who\s+(?:would|could)(?:\s+have|['’]ve)\s+(?:thought|guessed|"
     r"imagined|predicted|believed)|who\s+could\s+blame|who\s+can\s+blame|guess\s+what|what\s+could"
     r"\s+(?:possibly\s+)?go\s+wrong|why\s+not|what['’]s\s+not\s+to|who\s+cares|how\s+could\s+(?:they|we|anyone)"
     r"|isn['’]t\s+it|right)\b", "who could blame them?"),
    # a question put to someone (an interviewer's, a reporter's), told in reported speech
    ("put", r"^(?:when\s+)?asked\b|\basked\s+(?:him|her|them|me|us)\s+(?:whether|if|how|why|what|about)\b",
     "asked if he would run, she said no"),
    # a survey's or an interview's question, told of those asked: what they were asked, not what is unknown
    ("put", r"\b(?:was|were|been|being)\s+asked\s+(?:whether|if|how|why|what|which|about)\b",
     "they were asked whether they had seen the film"),
    # someone at a loss, not a fact of the story unknown: "we just don't know what to do"
    ("at a loss", r"\b(?:know|knew|knows|sure|certain)\s+what\s+(?:else\s+)?to\s+(?:do|say|think|expect|feel)\b",
     "we just don't know what to do"),
]  # fmt: skip

NOT_OPEN = re.compile("|".join(f"(?:{p})" for kind, p, _ in NOT_OPEN_CUES if kind != "aside"), re.IGNORECASE)
RHETORICAL = re.compile(
    "|".join(f"(?:{p})" for kind, p, _ in NOT_OPEN_CUES if kind == "aside"), re.IGNORECASE
)

# A section of reader questions (a quiz, a poll, a comments prompt): its questions are the reader's to answer.
READER_SECTION = re.compile(
    r"\b(?:quiz|test\s+(?:your|yourself)|trivia|how\s+well\s+do\s+you\s+know|can\s+you\s+(?:name|guess|spot|match)"
    r"|poll|tell\s+us|your\s+(?:say|"
    r"thoughts|turn)|readers?\s+(?:ask|questions)|comments?)\b",
    re.IGNORECASE,
)
