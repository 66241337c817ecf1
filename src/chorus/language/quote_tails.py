"""What the attribution patterns of `quote_patterns.py` match from their speech verb on: a
statement after "said", "told" or "that", a quotation after its verb, the end of a sentence
whose speaker follows its statement ("..., the Kremlin said."), a comma and a verb before
its speaker ("..., said Sarah Sanders"). Each is also searched alone first (`TAILS`), so a
sentence that cannot match is turned away before its speaker is tried at every position.
Split from `quote_patterns.py`.
"""

from __future__ import annotations

from chorus.language.quote_alternation import by_first_letter
from chorus.language.quote_marks import CLOSE, OPEN, STATEMENT_END, WORDS
from chorus.language.quote_participles import CLAUSE_VERBS
from chorus.language.quote_settings import (
    DAYS,
    IN_A_PAPER,
    NOT_A_TIME,
    PART_OF_DAY,
    TIME_BEFORE_QUOTATION,
    TOLD_AN_ACCOUNT,
    WHEN,
    WHERE_SAID,
)
from chorus.language.quote_verbs import (
    ATTRIBUTING_VERBS,
    AUX,
    FINDINGS,
    GIVEN_STATEMENT,
    INVERTED_VERBS,
    SAYING_AGAIN,
    VERB,
)
from chorus.language.speakers import WORD

_INVERTED = by_first_letter(INVERTED_VERBS)
QUOTED_BY = r"(?:it|he|she|they|the\s+[a-z]+)\s+quoted"
"""A paper or agency giving someone's words: "``...,'' it quoted Warawut Sumon, head of
Thailand's technical committee, as saying." (DUC's newswire); "“...,” the presidency quoted
Eichmann’s letter as saying." is Eichmann's, whom "the German wrote" after names again
(multi_news-val-79)."""
RELATIVE_SAID = (
    rf"\s+{AUX}(?:now\s+)?(?:said|says|say|claimed|claims)\s+"
    rf"(?P<text>(?:{CLAUSE_VERBS}|should)\b[^,;—–{OPEN}{CLOSE}]{{4,}}?)(?=[\s,;—–.!?]|$)(?=\s*[,;—–]|[.!?]?$|\.\s)"
)
"""What a speaker said of whatever a relative clause hangs on, up to the clause's end:
"Buddenberg and Kissane, who authorities said were unemployed during their vandalism
spree, allegedly raised cash ..." gives "were unemployed during their vandalism spree"; so
too up to a sentence end the splitter missed ("a decision that Albright said was
appropriate as long as it was temporary. ``It is customary ...'' she said": DUC d30010t)."""
RELATIVE_TAIL = rf"\b(?:sa(?:id|ys?)|claim(?:ed|s))\s+(?:{CLAUSE_VERBS}|should)\b"
"""The speech verb and the verb after it that `RELATIVE_SAID` needs, searched first: a
sentence in a hundred has them."""
CONCLUDING_WORDS = ("suggest", "posit", "acknowledge", "explain", "argue", "note", "conclude")
_CONCLUDING = rf"(?:{by_first_letter(CONCLUDING_WORDS)})(?:s|d|ed)?\b"
"""Verbs of findings and claims, after their speaker at a sentence's end only: "..., the
team suggests." (multi_news-val-5207; "All this evidence suggests that ..." is no one's)."""
_CALLED = r"called(?!\s+(?:on|for|off|up)\b)"
"""Calling something "a grave error" says it; calling on someone to act does not quote them."""
DESCRIBED_AS = (
    rf"described(?=\s[^.{OPEN}{CLOSE}]{{0,60}}?\sas\s+"
    rf"[{OPEN}][^{OPEN}{CLOSE}]+[{CLOSE}]\.?[{CLOSE}]?$)"
)
"""Describing something as quoted words that end the sentence says them, as "describes"
does: "Seekins described the scene as "almost apocalyptic."" (multi_news-val-1432), "Andrew
Lo, a finance professor at ..., has described it as “the commercial version of the
Manhattan Project.”" (4890); not before the writer's source (", according to a news
release": 2570)."""
_OBJECT = rf"(?:(?!\b(?:{CLAUSE_VERBS})\b)[^.{OPEN}{CLOSE}]){{0,60}}?"
"""What may stand between a speech verb and its "that": "told Putin", "said on Thursday";
never a clause of its own ("said the US was concerned that ..." attributes the whole
clause, not what follows its "that"), except the "..., Lee said, is that ..." frame."""
ASIDE_TAIL = rf",\s+(?:{CLAUSE_VERBS}|should)\b"
"""The claim going on after the comma of `quote_patterns._ASIDE`, searched first (from its
literal comma, which the regex engine scans for fast): a speaker tried at every comma of
every sentence that says "said" cost 0.2 ms a cluster."""
_NOT_FINDING = "".join(rf"(?<!{verb})" for verb in FINDINGS)
_HOW_WRITTEN = "".join(
    rf"(?<!\b{noun} that)" for noun in ("terms", "way", "manner", "words", "language", "tone")
)
"""How the words were put, which a relative "that" describes: "Podwill wrote in terms that a
Japanese might understand." (raw validation 0-based 215) says nothing of his."""
_NO_SUBJECT = r"(?:is|are|was|were)\s"
"""A verb right after "that": the relative pronoun of the object's clause, no words said
("... text messages Strzok wrote that were critical of President Donald Trump": 208)."""
VERB_THAT = (
    rf"(?P<verb>{by_first_letter((*ATTRIBUTING_VERBS, *FINDINGS))})\b"
    rf"(?:{_NOT_FINDING}{_OBJECT}(?:\b(?:is|was)\s+)?\b|\s+)"
    rf"that(?<!\bso that)(?<!\bsuch that){_HOW_WRITTEN}\s+{NOT_A_TIME}(?!{_NO_SUBJECT})"
    rf"(?P<text>{WORDS}){STATEMENT_END}"
)
"""A speech verb, maybe its object, then "that" and the words; a finding's verb only right
before its "that" (the lookbehinds are tried only after a verb: one alternation grouped by
first letter for both kinds of verb is searched at every position of a sentence, two cost
0.1 ms a cluster); never "so that", a purpose ("He asked Robinson’s oldest daughter to grab
some shoes so that he could pay for them": multi_news-val-3949), tested once "that" is
found (before it, at each of the object's characters, it cost more)."""
_SINGLE_AFTER_COLON = r"(?<=:\s['‘])(?=[A-Z])"
"""A quotation in straight single marks, after a colon only ("In a new interview First Lady
Michelle said: 'Barack really thinks ...'": multi_news-val-1334): elsewhere such a mark is
an apostrophe as often."""
_DESPITE = rf"(?:,\s+despite\s+[^,{OPEN}{CLOSE}]{{2,40}},)?"
"""The writer's concession between the verb and the words ("Top tawyer Robert M. Wallack
says, despite the reports, he has not met with Kim ...": multi_news-val-1334)."""
_STATEMENT = (
    rf"(?!on\s+condition\s|{TIME_BEFORE_QUOTATION}){WHEN}"
    rf"(?!{WHERE_SAID}|quoting\s|citing\s|{_NO_SUBJECT}|[a-z]++(?<=ly)[,.])"
    rf"(?P<text>[^\s{OPEN}]{WORDS}){STATEMENT_END}"
)
"""What was said after its verb, to the sentence's end, but for when and where; not a
verb with no subject of its own, whose subject is a relative pronoun before the speaker
("a person who Richie said is the woman in question": multi_news-val-3718), nor how the
words were said ("“Okay!” Weiner said loudly, though not enthusiastically.")."""
_ADDED_TO = (
    r"\s+(?!(?:that|he|she|it|they|we|I|there|this|these|those)\b)"
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|might|be)\b"
    r"|[\w’'-]*ed\b)[\w’'-]+\s+){1,8}?to\s+(?:the|a|an|its|his|her|their|our)\s"
)
"""A thing "added" to another, no words: a phrase with no verb or subject pronoun, then
"to the ..." ("The LDS Church has added some material to the Doctrine and Covenants since
Smith's death": raw 106 [2]; "Western Republicans in the Senate have added more than 20
last-minute riders to the Interior Department spending bill": DUC 25 [4])."""
SAID_STATEMENT = (
    # "added" before a number is a score ("Chris Bosh, ..., added 24 points": 5555), before
    # one's voice or weight a joining ("Syria's ally Russia added its voice Monday to rising
    # calls for a truce": multi_news-val-290), before a thing and "to the" a thing put in
    rf"(?:said|says|say|added(?!\s+\d|\s+(?:its|his|her|their)\s+(?:voice|weight|name|support)\b|{_ADDED_TO})|warned|stated|insisted(?!\s+on\b)"
    rf"|alleged(?!\s+\w+ed\b)){_DESPITE}\s+{_STATEMENT}"
)
TOLD_STATEMENT = rf"{TOLD_AN_ACCOUNT}\s+{_STATEMENT}"
"""An account told to the police or reporters: a pattern of its own, as an alternative of
`SAID_STATEMENT` it cost every sentence that says "said" or "told" more."""
_NICKNAME = rf"[{OPEN}][A-Z][\w.-]*[{CLOSE}]\s+[A-Z]"
"""A quoted word inside a name, no quotation: "Police confirmed ... the identities ... as
Liberty “Libby” German, 14, and ..." (multi_news-val-3651)."""
_ANSWERED_WITH = (
    r"(?:(?<=responded)|(?<=replied)|(?<=answered)|(?<=countered))"
    rf"\s+with\s[^:,.{OPEN}{CLOSE}]*[{OPEN}]"
)
"""An answer given in a work, the quotation its title: "Mobb Deep responded with the equally
brutal “Drop a Gem on ‘Em,”" (multi_news-val-410), a song; "responded with a statement:
“...”" keeps its colon, "responded with a laugh, “...”" its comma."""
_SHOUTED = rf"(?:shouted|yelled|screamed)(?=(?:\s+(?:at|to)\s+[^.:{OPEN}{CLOSE}]{{1,50}})?:\s)"
"""A cry, before its colon only, maybe after whom it was cried at: "John Elder, a New Hope
council member ..., shouted at his fellow council members: "Everybody get down!"" (raw
multi_news-val-319); elsewhere such a verb's words come first (`OFFERED`)."""
VERB_QUOTE = (
    # "vented on Keurig’s Facebook page:" announces a post (`quote_statements`), no cue
    rf"(?P<verb>{VERB}|{_CALLED}|{DESCRIBED_AS}|{GIVEN_STATEMENT}|vented(?=\s+on\s)|put\s+it(?=[,:]\s)|answered(?=:\s)|{_SHOUTED}|went\s+on\s+to\s+(?:add|say))\b(?!(?<=insists|nsisted)\s+on\b)"
    rf"(?!{_ANSWERED_WITH})"
    rf"[^.{OPEN}{CLOSE}]{{0,60}}?(?::\s*['‘]?|\s+)(?!{_NICKNAME})(?P<text>(?:[{OPEN}]|{_SINGLE_AFTER_COLON}){WORDS})"
    rf"{STATEMENT_END}"
)
"""What the unanchored patterns match from their verb on: the end of such a sentence ("as
Navy Adm. Scott Swift, ..., put it, "I have never seen ..."": multi_news-val-4945; "Senator
Obama answered: “No, ...”", an answer before its colon only: 2145; "Mr Carpentier went on to
add, however: “...”": 5619); not
after "insists on", a demand ("While Iran insists on completing ... its nuclear reactor,
“...,” he was quoted as saying": multi_news-val-501, where Iran spoke Zarif's words)."""
NEWSWIRE_CLOSE = rf"(?: ?[{CLOSE}])?"
"""A closing mark after a statement's comma, newswire's ``...,'' read as "“ ...,  ”" (a
space before the mark): "The kidnappers ``whoever they are, ...,'' he said" (DUC d30056t)."""
COMMA_VERB = rf",{NEWSWIRE_CLOSE}\s+(?:{_INVERTED}|say|{QUOTED_BY})\s+"
"""A comma, then a verb before its speaker ("..., said Sarah Sanders"): searched alone first
(from its literal comma), it rules out the sentences whose speech verb is elsewhere before
the whole pattern tries every comma of them."""
VERB_LAST = (
    rf"(?:said|says|say|added|reported|reports|writes|wrote|states|confirmed|(?<=records\s)show(?:s|ed)?|{_CONCLUDING}|told\s+(?:(?:the\s+)?[\w-]+(?:\s+{WORD}){{0,3}}|(?:the|an?)\s+[\w.-]+(?:\s+[\w.-]+)?))"
    rf"(?:(?:\s+(?:on|earlier|last)\s+\w+|\s+(?:{DAYS}){PART_OF_DAY})(?:,\s+[^{OPEN}{CLOSE}]{{3,}}?)?)?"
    rf"{IN_A_PAPER}(?:\.?$|(?=,\s+(?:adding\s|(?:al)?though\s|(?:about|after|before|since|when|while|because)\s(?![^{OPEN}]*[{OPEN}])|(?:It|He|She|They|We)\b|and\s(?![^{OPEN}]*[{OPEN}])|(?!{SAYING_AGAIN})[a-z]+ing\s)))"
)
"""The end of a sentence whose speaker comes after its statement ("..., the Kremlin said."),
from the verb on, or a participle after it, the writer's clause ("..., people familiar with
the matter said, filling a huge hole in ...": multi_news-val-15; "..., the spokeswoman said,
speaking anonymously": DUC d30003t; "..., his lawyer told a U.N. tribunal Monday.": d30051t,
two words after an article, not a clause: "told a friend he lied"): searched alone first
(after a space), it rules out two sentences in three that say "said" elsewhere, where the
whole pattern tried a speaker after every comma (~20 µs each: 0.19 ms a cluster, 0.13 with
this search first). So too ", and" after the verb, the writer going on ("Hayes stayed at the
scene, police said, and was arrested ...": multi_news-val-576), unless a quotation opens
later (newswire's "It was her father's dream, she said, and he died .... ``Now, ...,'' she
said", one sentence to the splitter: DUC d30025t, whose words are the quotation); so too
"although" and a comma run into the next sentence ("..., police said, It's also standard
policy ...", "..., Holt said, although he didn't have details": multi_news-val-3544), when
or why with no quotation after ("..., Pinto said, about six months after ...": 1747)."""
