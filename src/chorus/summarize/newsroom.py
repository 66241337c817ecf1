"""Sentences that tell the newsroom's own steps or the writer's own address, not the story.

"The Associated Press left a message seeking information from Houston police." (raw
Multi-News validation cluster 54), "CNN did not immediately return a call for comment.",
"Pally's family could not be reached for comment Friday evening.": a reporter's attempt to
reach someone tells the reader of a briefing nothing about what happened, so the summary
never takes one (see docs/journal/summary.md, "Summary sentences a reader does not need").
Only a sentence that is nothing more is marked: one that goes on past the step after a
comma or a semicolon ("While the parents could not be reached for comment, a spokesman
... said that ...", "... could not be reached for comment Monday, and there was only brief
acknowledgment ...") or says something besides ("..., so it is unclear what he plans")
keeps its news.

A writer's congratulations outside any quotation ("Congratulations to Patrick Stewart on his
newly earned PhD.", "Congrats to the Maldives.", raw clusters 233 and 118) is the blog's
aside to its reader, not news either (docs/journal/summary.md, "Summary a reader sees, sixth
pass"); quoted, it is someone's words and kept.

A photo caption run into the text ("Former U.S. Secretary of State Hillary Clinton poses with
Mukesh Ambani, ... in the desert state of Rajasthan, India, December 8, 2018.", raw 192)
tells what a picture shows, closing on the day it was taken: it is the page's, not the
story's, and took the place of the story's own sentence it resembles (docs/journal/summary.md,
"Summary a reader sees, thirteenth pass").

A question the writer asks in their own words ("Will the comic book Thor diverge from the
film Thor ...?", a press release's "Where did she come from and what is her connection to
Asgard ...?", raw 162; an interviewer's "What is the message you want to get out?", raw 37)
states no fact ("Summary a reader sees, fifteenth pass").

Twenty-first pass: a teaser cut short mid-phrase ("She plans to use another federal program
to have her...", raw 197), a piece of a quotation opening on the editor's bracket
("[President’s Chief of Staff] thought he suggested ...", raw 165, its quotation opened in
the sentence before) and the writer's own earlier piece ("When I wrote about Sprint ...",
raw 207) are the page's, never a summary sentence.

Twenty-seventh pass: the page's correction note ("This story has been corrected to show Gomes
lived in Raynham, not Rayham.", raw 66; "An earlier version of this article misstated ...")
tells of the page, not the story.

Thirty-fifth pass: the writer's verdict opening a sentence ("Dunn has made no secret of his
racist views.", raw 121) is an opinion, not what happened; forty-sixth pass: so is its advice
not to miss something ("... should not be missed, as they are one of the greatest live acts
on the planet.", raw 213); fifty-fourth pass: so is a work praised in a row of adjectives
("Mona Lisa and Kip’s story is an uplifting, extraordinary, and ultimately relatable one
...", raw 3's publisher's blurb).
"""

from __future__ import annotations

import re

from chorus.dangling import says_outside_quotes

_NOT = r"(?:did|does|do|has|have|had|would|was|were)\s*(?:not|n[’']t)"
_STEP = re.compile(
    # "did not immediately return a call for comment", "did not respond to e-mails and
    # phone calls seeking comment", "did not respond to efforts to reach her"
    rf"{_NOT}\s+(?:immediately\s+|yet\s+)?(?:return(?:ed)?|respond(?:ed)?\s+to|repl(?:y|ied)\s+to)"
    r"\b[^,;]*?\b(?:calls?|messages?|e-?mails?|requests?|inquir(?:y|ies)|efforts?)\b"
    # "left a message seeking information from Houston police"
    r"|\bleft\s+(?:a\s+|several\s+|two\s+)?(?:phone\s+|voice\s+)?messages?\s+(?:seeking|for)\b"
    # "could not be reached for comment"; not "phones could not be reached from outside"
    r"|\b(?:could|can)\s*(?:not|n[’']t)\s+be\s+reached\s+for\s+(?:\w+\s+)?comment\b"
    # "was unavailable for comment", "were not immediately available for comment"
    r"|\b(?:was|were|is|are)\s+(?:not\s+)?(?:immediately\s+)?(?:un)?available\s+for\s+comment\b"
    # "Recode reached out to HQ and Kroll with our reporting." (raw 73, once in raw and DUC)
    r"|\breached\s+out\s+to\b[^,;.]*?\b(?:with\s+(?:our|its)\s+reporting|for\s+(?:a\s+)?comment)\b"
    # "Attempts to reach members of Anderson's family have been unsuccessful." (raw 75); not
    # a climbers' "attempts to reach the summit ..., but failed"
    r"|\A\s*(?:Attempts|Efforts)\s+to\s+(?:reach|contact)\b[^,;]*?"
    r"\b(?:have\s+been|has\s+been|were|was)\s+(?:so\s+far\s+)?unsuccessful\b"
)
_NEWS_BESIDE = re.compile(r"\b(?:while|although|but|so|said|says)\b", re.IGNORECASE)
"""Words that join a step to news of its own ("While the parents could not be reached ...,
a spokesman said ..."): such a sentence is kept."""


_CORRECTION = re.compile(
    r"\A\s*(?:Correction\b[^:]{0,20}:\s*)?"
    r"(?:This\s+(?:story|article|post|report|piece)\s+(?:has\s+been|was)\s+"
    r"(?:corrected|updated|amended)\b|An\s+earlier\s+version\s+of\s+this\s+"
    r"(?:story|article|post|report|piece)\b)"
)


def correction_note(text: str) -> bool:
    """Whether a sentence is the page's note of its own correction or update ("This story
    has been corrected to show ...", "An earlier version of this article misstated ...",
    "This article was amended on 9 June 2016.": raw 103 [4], whose date is the note's, no
    event's: the timeline sets it aside, timeline_no_event), a dated "Correction ...:" before
    it ("Correction 31 July 2017: This article has been amended to make it clear ...", raw
    168 [2])."""
    return _CORRECTION.match(text) is not None


def may_be_step(text: str) -> bool:
    """Whether a text holds a word one of `_STEP`'s forms needs ("return", "respond",
    "reply", "reached", "available", "message", "unsuccessful"), searched before the pattern,
    which alone cost ten times more. "respon", "reach" or "contact" let 196 of the 3,745
    chosen raw sentences through where these let 130; tested one by one, as `any` over a
    tuple they cost half as much again."""
    return (
        "return" in text
        or "respond" in text
        or "repl" in text
        or "reached" in text
        or "available" in text
        or "message" in text
        or "unsuccessful" in text
    )


def newsroom_step(text: str) -> bool:
    """Whether a sentence tells only a reporter's attempt to reach someone ("CNN did not
    immediately return a call for comment.", "The Associated Press left a message seeking
    information from Houston police.")."""
    if not may_be_step(text):
        return False
    step = _STEP.search(text)
    if step is None:
        return False
    after = text[step.end() :]
    return not (
        ";" in text or "," in after or _NEWS_BESIDE.search(text, 0, step.start()) is not None
    )


_ADDRESS = re.compile(r"\s*(?:Congratulations|Congrats|Kudos)\s+to\b")


def writers_address(text: str) -> bool:
    """Whether a sentence opens with the writer's own congratulations ("Congratulations to
    Patrick Stewart on his newly earned PhD."), outside a quotation."""
    return _ADDRESS.match(text) is not None


_VERDICT = re.compile(
    r"(?:[A-Z][a-z]+, )?(?:(?:it|It)(?:’s|'s| is) clear that"
    r"|[Mm]ake no mistake"
    r"|(?:[A-Z][\w.’'-]* ){1,3}(?:has|have) made no secret of)\b"
)
"""The writer's own verdict stated as a whole sentence ("Dunn has made no secret of his racist
views.", raw 121, an opinion site's line before the letter it reads so; "Publicly, it’s
clear that HQ Trivia’s viral ride is over.", 73; "Make no mistake, ..."): a judgement in
no one's name that the briefing would show as fact. Over the raw and DUC texts three
sentences open so."""


_NOT_TO_MISS = re.compile(
    r"\b(?:(?:should|must)(?:\s+not|n[’']t)|can(?:not|\s+not|[’']t)|not\s+to)\s+be\s+missed\b"
)
"""The writer's advice not to miss something ("They're on tour now, and should not be
missed, as they are one of the greatest live acts on the planet.", raw 213 [2]): a promotion,
not news. The one such sentence of raw and DUC."""


_ADJECTIVE = r"(?:[a-z]+ly\s+)?[a-z]+"
_WORK_PRAISED = re.compile(
    rf"\b(?:is|are)\s+an?\s+{_ADJECTIVE},\s+{_ADJECTIVE},?\s+and\s+{_ADJECTIVE}\s+"
    r"(?:one|story|tale|read|watch|book|novel|memoir|film|movie|comedy|drama|journey)\b"
)
"""A work judged in a row of three adjectives ("... story is an uplifting, extraordinary, and
ultimately relatable one that any parent can achieve.", raw 3's publisher's blurb for the
book): a review's or a blurb's verdict. Its one sentence of raw and DUC; Multi-News+'s train
texts hold three more, each a review's ("... is a moving, engaging and deeply sincere story",
"... is an expansive, hilarious, and subversive comedy", "... is a brutal, muddled and
dispiriting watch"); the same row before a person, a place or a thing ("is a happy, active
and friendly child", "is a composer, performer, and musicologist", "is a weak, weird and
late version of el nino") is not read."""


_MY_FAVOURITE = re.compile(r"\b[Mm]y\s+(?:[a-z-]+\s+)?favou?rite\b")
"""The writer's own preference ("The latest, and my favorite to date, is the Lenovo
IdeaCentre Horizon 27.", raw 211's review, in its summary at main; "..., Star Trek: Voyager,
my favorite of all the series.", 171; "My favorite, of course, was the dress ...", 81's
column): over raw and DUC, 5 sentences outside a quotation, each a writer's taste, none news
(ninety-eighth pass)."""


def writers_verdict(text: str) -> bool:
    """Whether a sentence opens on the writer's judgement ("X has made no secret of ...",
    "It's clear that ...", "Make no mistake, ..."), praises a work in a row of adjectives,
    tells the reader not to miss something or names the writer's favourite, outside a
    quotation, rather than telling what happened."""
    if "be missed" in text and says_outside_quotes(_NOT_TO_MISS, text):
        return True
    if "favo" in text and says_outside_quotes(_MY_FAVOURITE, text):
        return True
    praises = (" is a" in text or " are a" in text) and ", " in text
    if praises and says_outside_quotes(_WORK_PRAISED, text):
        return True
    return ("no secret" in text or "clear that" in text or "no mistake" in text) and (
        _VERDICT.match(text) is not None
    )


_OWN_PIECE = re.compile(r"(?:When|As)\s+I\s+(?:first\s+|last\s+)?(?:wrote|reported)\b")
"""The writer's earlier piece ("When I wrote about Sprint ...", raw 207; "As I wrote at the
time, ...", 222): its "I" is no one a briefing's reader can place (3 raw sentences, no DUC)."""


_MY_EARLIER_PIECE = re.compile(
    r"\b[Mm]y\s+(?:previous|prior|last|earlier)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:article|piece|post|column|blog)s?\b"
)
"""The writer's earlier piece named inside a sentence ("The problem was exactly what I was
concerned about in my previous GMCR article, ...", raw 61 [1], a column whose line opened
the summary, and the briefing's, above the WSJ's "Keurig Green Mountain Inc. on Wednesday cut
its guidance ..."; "I mentioned in my prior article that ...", 61 too): the only two of raw
and DUC. Outside quotations: a blogger quoted on "my last post" speaks of their own."""


def writers_own_piece(text: str) -> bool:
    """Whether a sentence opens on the writer's own earlier piece ("When I wrote about ...")
    or names it ("... in my previous GMCR article ...")."""
    if text.startswith(("When I ", "As I ")) and _OWN_PIECE.match(text) is not None:
        return True
    return ("my " in text or "My " in text) and says_outside_quotes(_MY_EARLIER_PIECE, text)


_DISCLOSURE = re.compile(
    r"(?:Disclosure:\s+)?(?:I|The author) (?:ha(?:ve|s) no (?:business relationship|positions)"
    r"|wrote this article (?:myself|themselves)|(?:am|is) not receiving compensation)\b"
)
"""A writer's disclosure under an opinion piece, Seeking Alpha's template ("The author has no
business relationship with any company whose stock is mentioned in this article.", raw 61
[1], its four lines the only such of raw, DUC and Multi-News+)."""


def writers_disclosure(text: str) -> bool:
    """Whether a sentence is a writer's disclosure of their stake and pay."""
    return (
        text.startswith(("Disclosure", "I ", "The author ")) and _DISCLOSURE.match(text) is not None
    )


_CAPTION_DATE = re.compile(
    r"(?<!day),\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2},\s+\d{4}\.?\s*\Z"
)
"""A day closing a text after a comma, as a picture's caption ends (", India, December 8,
2018."); not after a weekday ("set for Saturday, March 3, 2019.", a day told in prose)."""


def photo_caption(text: str) -> bool:
    """Whether a sentence closes on a full date after a comma, as a photo caption does."""
    return text.rstrip(". ")[-4:].isdigit() and _CAPTION_DATE.search(text) is not None


_ASKING = (
    "Will|Would|Where|What|Why|How|Who|When|Which|Is|Are|Was|Were|Can|Could|Should|Does|Do|Did"
    "|Have|Has|Had"
)
_ASKED = re.compile(
    rf"\s*(?:{_ASKING}|(?:(?:So|But|And),?|(?:If|Once)\b[^,“”\"?]*,)\s+(?:{_ASKING.lower()}))"
    r"\b[^“”\"]*\?\s*\Z"
)
"""A question in the writer's own words, no quotation in it ("Will the comic book Thor
diverge from the film Thor ...?", "Where did she come from ...?", raw 162), or in words a
page sets as its own paragraph without quotation marks ("Have we had in modern times a
president who was so out of his depth?", raw 221: Kristol's, in the block that opens a
paragraph below "Look at Bill Kristol's taunting editorial in the Weekly Standard:"): shown
alone it reads as the summary's own question. The nine raw and DUC sentences opening "Have",
"Has" or "Had" and closing on "?" are all questions (37's interviewer's "Has this affected
you?"). So is one after an opening "So", "But" or "And" ("So who is in the right on this
one?", "But what about a language that you construct out of whole cloth?", raw 40): 28
sentences over raw and DUC, each the writer's own ("And what better film to embrace ... than
...?", 205, asks nothing but is no fact either). So is one after an opening "If" or "Once"
clause ("Once you share it with the world, are people free to use that new language ...?",
raw 40): 3 sentences over raw and DUC (34's "If Trump was not even aware of the agreement,
how could he ...?", 171's Singhal argument "If people are searching for 2+2, why shouldn't
Google ...?", told by the writer without quotation marks)."""


def writers_question(text: str) -> bool:
    """Whether a sentence is a question the writer asks, which states no fact."""
    return text.rstrip().endswith("?") and _ASKED.match(text) is not None


_CUT_SHORT = re.compile(
    r"(?:,|\b(?:a|an|the|her|his|their|its|my|our|your|to|of|whether|and|or|that|with|for|in"
    r"|on|by|at|from|as))\s*(?:\.\.\.|…)\s*\Z"
)
"""An ellipsis right after a word that cannot end a phrase ("... to have her...", "But a...",
"... read out the…", "... governments,..."): a teaser cut off, not a writer's trailing off
("If Nevada lawmakers don't make some changes, well…")."""


def cut_short(text: str) -> bool:
    """Whether a sentence is a teaser cut off mid-phrase at an ellipsis."""
    return text.endswith(("...", "…")) and _CUT_SHORT.search(text) is not None


_ELLIPSIS_AFTER_WORD = re.compile(r"[\w,’']\s*(?:\.\s?\.\s?\.|…)\s*\Z")
"""An ellipsis, its stops spaced or not, right after a word or a comma, no stop before it
("... bring the plane down in such unfavorable ...", raw 224; "... below our
expectations...", 61): not "... to hijack this event. …" (37), a sentence told whole."""


def trails_off(text: str) -> bool:
    """Whether a sentence ends in an ellipsis right after a word or a comma. At its article's
    end the page cut it off there (all 6 such last lines of raw and DUC: 26, 29, 61, 149, 197,
    224); inside an article it is most often a writer trailing off (a blog's "... an outrage
    ...", raw 144), and `cut_short` reads only a word that cannot end a phrase."""
    return text.endswith(("...", "…", ". .")) and _ELLIPSIS_AFTER_WORD.search(text) is not None


_NOUN_ALONE = re.compile(
    r"[A-Z][a-z]+s\s+that\s+(?:should|would|could|must|will|can|may|might)\s+be\s+"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|do|does|did)\b)[^,;:“”\"])*[.!]\Z"
)
"""A plural noun and its relative clause with no verb of its own after it ("Words that
should be required reading for men and women of all ages.", raw 103, set under a letter the
page prints without quotation marks): a caption's line, not a sentence. Not "Patients that
will be implanted with Carmat's devices are more likely to be men." (179), the one other raw
sentence opening so; none of DUC's."""


def noun_alone(text: str) -> bool:
    """Whether a sentence is a noun and its relative clause with no verb of its own."""
    return " that " in text[:40] and _NOUN_ALONE.match(text) is not None


_EDITED_OPENING = re.compile(r"\[[A-Z][^\]]*\](?:[a-z]|\s+[a-z])")
"""An opening editor's bracket going on in lower case ("[President’s Chief of Staff] thought
...", "[T]he decision’s close relation ..."): words quoted from a document, cut from the
quotation that credits them; not a page's bracketed heading ("[Video Link] The Wilco ...")."""


def quoted_piece(text: str) -> bool:
    """Whether a sentence opens on the editor's bracket of a quotation it is a piece of."""
    return text.startswith("[") and _EDITED_OPENING.match(text) is not None
