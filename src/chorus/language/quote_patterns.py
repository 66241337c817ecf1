"""The sentence shapes that attribute words to a speaker, as named patterns: `“...,” Speaker
said`, `..., said Speaker, role`, `Speaker, role, said (that) ...`, `Speaker called it
"..."`, `Speaker ..., adding that ...`, `Speaker ..., saying ...`, `..., which Speaker said
was ...`, `According to Speaker, ...`, `Group said ...`. The words each cannot match without
and what each holds from its verb on, searched first, are `quote_pattern_needs.py`'s (the
speech verbs without which a sentence is not tried: `quote_cues.py`). Built from the speaker
pieces of `speakers.py` and what each matches from its verb on (`quote_tails.py`);
`quotes.py` applies them, with the clause tests of `quote_clauses.py` (the writer's clause
that ends the attributed words, a relative "that", the main clause).
"""

from __future__ import annotations

from chorus.language.quote_alternation import by_first_letter
from chorus.language.quote_marks import CLOSE, OPEN, QUOTED, STATEMENT_END, WORDS, lazy_up_to
from chorus.language.quote_participles import ADDING, CLAUSE_VERBS, SAYING
from chorus.language.quote_settings import (
    ANONYMOUS,
    IN_THEIR_PAPER,
    TELL_AN_ACCOUNT,
    WHEN,
    WHERE_SAID,
)
from chorus.language.quote_tails import (
    COMMA_VERB,
    QUOTED_BY,
    RELATIVE_SAID,
    SAID_STATEMENT,
    TOLD_STATEMENT,
    VERB_LAST,
    VERB_QUOTE,
    VERB_THAT,
)
from chorus.language.quote_verbs import (
    AUX,
    OFFERED,
    OPENING_VERBS,
    VERB,
)
from chorus.language.speaker_documents import FILED, FILING_VERB, FILINGS
from chorus.language.speaker_issuers import ISSUING_BODY
from chorus.language.speaker_titles import TITLE_BEFORE, TITLE_BEFORE_NAME, TITLE_WORD
from chorus.language.speakers import (
    APPOSITION_ROLE,
    FULL_NAME,
    GROUPS,
    REFERRING_HEADS,
    SPEAKER,
    SPEAKER_AFTER,
    SPEAKER_AFTER_OR_IT,
    SPEAKER_QUOTED,
    WORD,
)

_BEFORE_VERB = rf"{AUX}(?:once\s+)?{WHEN}{AUX}"
"""Adverbs and a time between a speaker and the verb ("Trump on Friday repeatedly claimed",
"Dino De Laurentiis, ..., once said")."""
_ROLE = r"(?P<role>[^,“”\"]{2,120}?)"
_CLAUSE_OPENERS = "though|although|while|but|and|because|which|who|where|when|as|so|after"
_ROLE_AFTER = rf"(?!(?:{_CLAUSE_OPENERS}|through|via)\b|[a-z]+ing\b){_ROLE}"
"""What a speaker is, after the speaker; a clause there is not ("..., according to the
Denver District Attorney’s Office, though an affidavit ... says ...": multi_news-val-3761;
"..., according to the US Naval Historical Centre, leaving the Musashi listing ...": 4688),
nor the means of a subject's act ("..., said Cohen, through his own attorney, Lawrence
Rosen, has made further attempts ...": 2986, where Cohen is what was said of)."""
_TITLE_CLOSED = rf"(?:,|(?<=,[{CLOSE}]))"
"""An apposition's closing comma, or the one inside the marks of a title that ends it."""
_APPOSITION = rf"(?:,\s+{APPOSITION_ROLE}{_TITLE_CLOSED})?"
_APPOSITIONS = (
    rf"(?:,\s+{APPOSITION_ROLE}{_TITLE_CLOSED}"
    rf"(?:(?<=[a-z],)\s+(?:an?|the)\s+[^{OPEN}{CLOSE}]{{2,160}}?,(?=\s+{VERB}\b))?)?"
)
"""`_APPOSITION`, and a second after it that describes the name the first gives, up to the
verb (its place may hold a comma): "“...,” the lead researcher, William Copeland, a clinical
psychologist and epidemiologist at Duke University in Durham, N.C., said in a statement."
(raw validation 0-based 190 [0]); after a quotation only."""
_CLOSED_OR_DESCRIBED = (
    rf"(?:(?(closed)|(?<=[a-z])(?=,\s+(?:the|an?)\s)),\s+{APPOSITION_ROLE}{_TITLE_CLOSED})?"
)
"""An apposition after a statement's speaker: any after a quotation's close, else one that
describes a name ("Kim is "desperate" and is prepared to ..., Thae Yong Ho, the
highest-profile North Korean defector in two decades, told NBC News.": multi_news-val-4945),
not the writer's next clause after a place or a time."""
WHO_TOLD = rf",\s+who(?=\s+[a-z]+(?:\s+[a-z]+)?:\s*[{OPEN}])"
"""A relative clause whose verb (and whom it was said to) a colon and a quotation follow: the
words of the one it describes; one going on with more ("..., who carried out the research,
said:", "..., who states in her Twitter biography that ...") is theirs only with its own
subject named (multi_news-val-131, 191)."""
_APPOSITION_OR_DASHES = (
    rf"(?:,\s+(?:(?=(?!(?:the|an?)\s)[a-z])(?P<described>))?{APPOSITION_ROLE}"
    rf"(?(described)(?:,\s+(?:an?|the)\s+[^,{OPEN}{CLOSE}]{{2,60}}?)?){_TITLE_CLOSED}"
    rf"|\s+[-—–]\s+[^-—–{OPEN}{CLOSE}]{{3,160}}?\s+[-—–]"
    rf"|,\s+(?P<unclosed>(?:an?|the)\s+(?:(?!(?:who|that|which)\b)[^,{OPEN}{CLOSE}]){{2,60}}?)"
    r"(?=\s+says?\s+(?:she|he|they)\s))?"
)
"""Who a speaker is, between commas or dashes ("The Kansas Republican - who served 27 years
in the Senate, ... - said": multi_news-val-4505), maybe with what the place they work for is
("Beatrice Laroche, liaison at the United Nations for Human Rights in China, a New
York-based group, said": DUC d31050t), after a description without an article only (after
a name, "the ..." or "a ...", the speaker was an opening word or a place: "Similarly, South
Korean air force Lt. Gen. Won In Choul, the ... commander, said", "Still, the lawyer, a
veteran of ..., said", "In London, a spokesman for Granger Telecom, the British company
..., said"); dashes and the second apposition only before "said": they cost a tenth of a
millisecond a cluster in each pattern. A description whose closing comma the writer left
out before "says she" (`unclosed`: "Barbara Morgan, an officer with the Lehigh County Humane
Society says she expects to file charges ...": raw 13 [2]) only after a name opening the
sentence (`quote_hit_speakers.may_speak`)."""
_APPOSITION_TO_SAID = (
    rf"(?:,\s+{APPOSITION_ROLE},"
    rf"|,\s+(?:an?|the)\s+[^,{OPEN}{CLOSE}]{{2,60}}?(?=\s+said,\s+[{OPEN}]))?"
)
"""`_APPOSITION`, or a description whose closing comma is missing before "said," and a
quotation: "Ezequiel Mendez, a neighbor said, “It would be the same thing ...”"
(multi_news-val-4100); not a name ("In a statement provided to All Things Digital, Apple
said, “...”": 5500)."""
_OF_BODY = r"(?:\s+of\s+the(?:\s+[A-Z][\w.&'’-]*+){1,5}?(?=\s+[a-z]))?"
"""The body a speaker named after a quotation serves, before the verb: "“...,” Brig. Gen.
Bill Seekins of the North Dakota National Guard told ABC News" (multi_news-val-1432)."""
_FROM_PLACE = rf"(?:\s+from\s+{WORD}(?:\s+{WORD})?(?=,|\.?$))?"
"""Where a speaker named after the words is from: "..., said Amanda Leader from Brookston,
who volunteered to look for the missing girls." (raw 153 [0])."""
_CLAUSE = lazy_up_to(",", 15)  # a statement, before the comma after it
_GROUPS = by_first_letter(GROUPS)
"""The group nouns as one alternation, each position trying only those of its letter."""
# Looser than `datelines`' pieces (any run of capitals and stops, any run of dashes): it
# only skips what opens a sentence before its subject.
_DATELINE = r"(?:[A-Z][A-Z .,'/-]+(?:[A-Z][a-z]{1,4}\.)?\s+\([A-Za-z-]+\)\s+[_—–-]+\s+)?"
_SUBJECT_LEAD = (
    rf"^{_DATELINE}(?:(?:But|And|Yet|So|Still|Meanwhile)\s+)??(?:[^,{OPEN}{CLOSE}]{{1,40}},\s+)??"
)
"""What may open a sentence before its subject, the shortest first: a newswire dateline
("LONDON (AP) _ British police said ...": DUC d30003t; a state's abbreviation after the
city, "ALLENTOWN, Pa. (AP) — Animal welfare workers say ...": raw 13), a conjunction, a
phrase and its comma ("On Tuesday, Trump ...")."""
_OWNED_TITLE = (
    rf"(?:(?!(?:An?|The)\s)[A-Z][\w.&-]*+(?:['’]s)?\s+(?:{TITLE_WORD}){{1,3}}"
    rf"(?=[A-Z][\w.’'-]*\s+[A-Z]))?"
)
"""Whose title a subject's name comes after, or the title's own first word: "Romney's digital
director Zac Moffatt concurred, telling ..." (multi_news-val-2464), "Teen beauty blogger
Brook Eve has created a tutorial ..., insisting ..." (4656); not "A senior White House
official"."""
_GROUP_SUBJECT = (
    rf"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w.'’&-]*+\s+){{0,3}}(?:{_GROUPS})|{ISSUING_BODY})\b"
)
"""A group as a subject, with capitalised words before it ("White House officials", not
the "White House" the name pattern would take), or a body that speaks in a statement ("The
Trump administration is denying ..., writing in an unsigned statement:", raw 9 [5], not
"The Trump" the speaker pattern's name would take)."""
_ACTS = rf"\s+[^,.{OPEN}{CLOSE}]{{0,80}}?"
"""What the subject did, with no comma: the participle is the subject's, not a clause's."""
REPORTED_VERB = rf",\s?[{CLOSE}]\s+(?:said|says|added)\s+"  # searched alone first, as TAILS
REPORTED_SPEAKER = (
    rf"{REPORTED_VERB}{TITLE_BEFORE_NAME}{SPEAKER_AFTER}"
    rf"(?:,\s+(?P<role>[^{OPEN}{CLOSE}]{{2,120}}))?$"
)
"""Who said a quotation that an agency or paper reports: "The incident ``will seriously slow
down the plan ...,'' said Leon Wascinski, head of ..., according to Interfax" (DUC d30056t)
is Wascinski's; searched in the words before "according to"."""

_WHO_SAID = r"[^,]*\b(?:said|says|told|added|wrote|claimed|argued)\b"
_WHO_WAS = rf",\s+who\s+[^,:{OPEN}{CLOSE}]{{2,80}}?\s*:\s+(?=[{OPEN}])"
"""A relative clause after an opening "According to X, <role>" and a colon before the
words: "According to archaeologist Dr Oliver O’Grady, a leading authority on ..., who was
part of the dig : “The excavations have confirmed ...”" (multi_news-val-80)."""

_WHO_IS = rf",\s+who\s+(?!{_WHO_SAID})[^,:{OPEN}{CLOSE}]{{2,80}}?,\s+(?=[^\s{OPEN}])"
"""A relative clause after an opening "According to X" that says who X is or what X did,
then the words: "According to University of Leicester archaeologist Simon James, who
published his findings back in 2009, poison gas was used in Syria ..." (multi_news-val-2298);
not one that says something itself."""
_OPENING_ROLE = (
    rf"(?:,\s+(?=(?:an?|the|his|her|their)\s|[a-z]+ed\s+(?:in|by|on|at)\s)"
    rf"(?![^,]*\b(?:{CLAUSE_VERBS})\b){_ROLE})?"
)
"""Who the speaker of an opening "According to ..." is, between commas: a description or
where a paper was published ("According to Henry, the county’s environmental health
supervisor, ...", "According to the report, published in ..."); not a name or a clause,
which are the statement's own ("According to police, Johnson, a police dispatcher ...")."""

_ASIDE_VERBS = "adds|added|says|said|notes|noted|argues|argued|explains|explained"
_ASIDE = rf",\s+{SPEAKER_AFTER}\s+{AUX}(?:{_ASIDE_VERBS}),\s+(?:{CLAUSE_VERBS}|should)\b"
"""A speaker set between commas inside the claim, whose verb goes on after it: "But
another requirement for life, he adds, is a source of energy" (multi_news-val-5207)."""

_CONNECTIVE = (
    r"(?:Furthermore|Moreover|However|Still|Instead|Indeed|Nonetheless|Nevertheless|Meanwhile"
    r"|In\s+addition|Also|But|And|Yet)"
)
"""A connective that opens a sentence before an aside's speaker."""

PAPER_SUBJECTS = ("report", "study", "survey", "analysis", *FILINGS)
"""Papers that speak as a sentence's subject ("The report found ...", "The criminal
complaint says ..."), a court's filing among them ("The affidavit says that the boy told
her ...", "The indictment also alleged that ...": raw 59, 58; "The suit claims ...": 12)."""
_COLLECTIVE_SUBJECT = (
    rf"(?:[Aa]n?\s+(?=(?:[a-z]+\s+){{0,2}}(?:{'|'.join(FILINGS)})\b))?"
    rf"(?P<who>(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther)\s+)?(?:[A-Z][\w.'’&-]*+\s+){{0,3}}"
    rf"(?:(?!(?:who|whom|which|that|as|when|while|if)\b)[a-z][\w-]*+\s+){{0,3}}?"
    rf"(?:{_GROUPS}|company|studio|(?P<paper>{'|'.join(PAPER_SUBJECTS)})))\b"
    rf"(?:,\s+[^,{OPEN}{CLOSE}]{{2,80}}?,|(?(paper){FILED}))?"
)
"""A group, a company or a paper as a sentence's subject, with what describes it before
("South Korean activists", "The research team", "The British company", "The studio says
that ...": raw 40, "The original inspector general report") and maybe an apposition ("The
study, published in Nature, found"). "Company" is no role noun: as one, it also changed whom
"he" stood for after it (DUC d30012t lost two of Ozkul's quotations). A court's filing is
named without "a/an" ("A lawsuit filed Monday by ... claims": the "lawsuit", raw 191), as
one after the words is ("..., an affidavit says")."""
_COLLECTIVE_VERB = (
    rf"\s+{AUX}(?:(?:said|says|say)\s+(?:[a-z]+ly\s+)?{WHEN}"
    rf"(?!{WHERE_SAID}|quoting\s|citing\s|(?:is|are|was|were)\s)"
    rf"(?:that\s+)?"
    rf"|{TELL_AN_ACCOUNT},?\s+"
    rf"|(?(paper){FILING_VERB}\s+(?:that\s+)?|(?!))"
    rf"|(?:estimated?|estimates|warn(?:s|ed)?|found|finds?|concluded?|concludes|suggest(?:s|ed)?)"
    rf"\s+(?(paper)(?:that\s+)?|that\s+))(?P<text>[^\s{OPEN}]{WORDS}){STATEMENT_END}"
)
"""What a group or a paper said or found: a group's finding only before "that" ("Police
found the body" is none), a paper's also without ("The report found women who are
overweight ... have a higher risk": multi_news-val-4008); what it told an outlet ("Law
enforcement sources tell TMZ, Kroll's girlfriend called police ...": 2404). A day before a
verb is the words' subject: "City leaders say Monday was a good day ..." (raw 124)."""


OPENING_VERB = rf"^(?:{OPENING_VERBS})\s+"
ACCORDING_TO = rf"^(?:(?:But|And)\s+a|A|[^;{OPEN}{CLOSE}]+;\s+a)ccording\s+to\s+"

_QUOTATION_GOES_ON = (
    rf"[{OPEN}](?=[^{OPEN}{CLOSE}]{{8,}}[{CLOSE}],?\s+(?=[a-z])"
    r"(?:(?!(?:told|tells|asked|asks|said|says|according)\b)[\w-]++(?<!ed)\s*){1,6},\s)"
)
"""A quotation that the writer's words go on after its close, up to six words and a comma
before ", says Name": '"Colbert would have had a tough road in the primaries," both
Democratic and Republican, says David Graham at The Atlantic.' (multi_news-val-4236); not
words of their own speaker ('"...," one juror told the judge ..., according to multiple
sources': 1839) nor the quotation alone (", according to a report ...")."""
_QUOTATION_AS_SUBJECT = (
    rf"[{OPEN}](?=[^{OPEN}{CLOSE}]{{8,}}[{CLOSE}],?\s+(?:was|were|(?:has|have|had)\s+been)\s+"
    r"(?:found|seized|discovered|recovered|taken)\b)"
)
"""A quotation that is the subject of the writer's verb of finding: '"Several war weapons,
hand guns, ammunition [and] bullet-proof vests," were found in his car and home, the
minister added.' (multi_news-val-167): the speaker's list, the writer's verb."""
_PARTY_HEADS = "|".join(head for head in REFERRING_HEADS if head[:1].isupper())
_IN_A_MOOD = (
    rf"(?:[Aa]n?\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ful|ing)\s+"
    rf"(?=(?:{WORD}\s+){{1,2}}(?!(?:{_PARTY_HEADS})\b){WORD}(?:,|\.?$)))?"
)
"""How a named speaker was as they spoke, after the verb: "“I can’t believe it,” said a
devastated Salah Ali, 70, the little girl’s grandfather, ..." (multi_news-val-1397); a
word of feeling ("devastated", "tearful", "smiling"), before a whole name of two or three
words that a comma or the end follows ("said a former New York police officer" is no New
York's), not a party's or a nation's member ("said a top House Republican, who asked not
to be named": 4035)."""
_AT_OUTLET = rf"\s+at\s+{WORD}(?:\s+{WORD})*"
"""Where an inverted speaker writes, to the sentence's end: "..., says David Graham at The
Atlantic."."""


QUOTE_PATTERNS: tuple[tuple[str, str], ...] = (
    # “It looks like a diplomatic call designed to accompany strikes,” he said. (seed 001)
    # “He strived to ...,” John Hasting, CEO of The Thomas Kinkade Co., said Monday.
    (
        "quote, speaker verb",
        rf"^[{OPEN}](?P<text>{QUOTED})[,]?[{CLOSE}],?\s+{TITLE_BEFORE}{SPEAKER_QUOTED}{_OF_BODY}"
        rf"{_APPOSITIONS},?\s+{_BEFORE_VERB}(?:[a-z]+ly\s+)?"
        rf"(?:{VERB}|{OFFERED})\b",
    ),
    # “The president of the republic called for dialogue ...,” said a statement ... (seed 001)
    # ``We will wait ...,'' it quoted Warawut Sumon, head of ..., as saying. (DUC d30020t)
    # “‘...,’” the colleague recalled Oppenheim saying. (multi_news-val-1867): the one
    # recalled speaks, not whoever recalls
    # "It was a particularly prolific time," says singer Robert Plant, "..." (3501)
    # "...,' " according to Britney Schmidt, a postdoctoral fellow at ... (5207): the
    # speaker's name then ends ("according to the U.S. Department ..." is no "the U.S")
    # "...," said Hayes's attorney, John Fuller. (multi_news-val-576): the name that
    # follows a description speaks (`speakers.named_in_apposition`)
    (
        "quote, verb speaker",
        rf"^[{OPEN}](?P<text>{QUOTED})[,]?[{CLOSE}],?\s+(?:{VERB}|{OFFERED}|{QUOTED_BY}|(?P<according>according\s+to)"
        rf"|(?P<recalled>the\s+(?:[a-z]+\s+){{0,2}}?[a-z]+\s+recalled))"
        rf"\s+{_IN_A_MOOD}{TITLE_BEFORE}{SPEAKER_QUOTED}(?:,\s+(?P<role>{FULL_NAME})(?=[.,]?(?:\s|$)))?"
        rf"(?(according)(?=,|\.?[{CLOSE}]?$))(?(recalled)\s+saying\b)",
    ),
    # Adds Weir: "Trey is schooled in what we call 'the fluid tonic' ..." (907)
    (
        "verb speaker: quote",
        rf"{OPENING_VERB}{TITLE_BEFORE_NAME}{SPEAKER_AFTER}(?:,\s+{_ROLE_AFTER})?:\s*"
        rf"(?P<text>[{OPEN}]{WORDS}){STATEMENT_END}",
    ),
    # Mr Trump spoke again to Mr Macron earlier on Friday, said Sarah Sanders, the White
    # House press secretary, adding ... (seed 001)
    (
        "statement, verb speaker",
        rf"^(?P<text>(?:[^{OPEN}]|{_QUOTATION_GOES_ON}){_CLAUSE}){COMMA_VERB}{TITLE_BEFORE_NAME}"
        rf"{SPEAKER_AFTER}(?:\s+{WORD})*{_FROM_PLACE}{ANONYMOUS}"
        rf"(?:,\s+{_ROLE_AFTER}(?:,|\.?$)|,\s+(?:{_CLAUSE_OPENERS}|[a-z]+ing)\b"
        rf"|(?:\s+as\s+saying|{IN_THEIR_PAPER}|{_AT_OUTLET})?\.?$)",
    ),
    # a quotation's speaker may be described: 'At nearly 3.2 feet (1 meter) long, "it is the
    # largest dinosaur foot ...," study co-researcher Emanuel Tschopp, a postdoctoral fellow
    # at ..., told Live Science.' (multi_news-val-794)
    # ..., the Elysee has said on Friday. / ..., the Kremlin said. (seeds 000, 001) / ...,
    # the Minneapolis Star Tribune reported. (multi_news-val-319) / ..., the statement said,
    # adding that ... (DUC d30020t)
    (
        "statement, speaker verb",
        rf"^(?P<text>(?:[^{OPEN}]|{_QUOTATION_AS_SUBJECT}){_CLAUSE}),(?: ?(?P<closed>[{CLOSE}]))?"
        rf"\s+{TITLE_BEFORE}"
        rf"{SPEAKER_AFTER_OR_IT}{_CLOSED_OR_DESCRIBED}\s+{AUX}" + VERB_LAST,
    ),
    # But another requirement for life, he adds, is a source of energy (5207): the whole
    # sentence is the claim, the speaker an aside inside it
    ("statement, speaker verb, statement", rf"^(?=[^{OPEN}].{{8,}}?{_ASIDE})(?P<text>.+?)[.!?]?$"),
    # Furthermore, she said, Mr. Parr did not consult with Aboriginal Tasmanians ... (2053):
    # the claim after an aside that follows a connective
    (
        "connective, speaker verb, statement",
        rf"^{_CONNECTIVE},\s+{SPEAKER_AFTER}\s+{AUX}(?:{_ASIDE_VERBS}),\s+"
        rf"(?P<text>[^\s{OPEN}]{WORDS}){STATEMENT_END}",
    ),
    # According to police, the texts expressed “deep love” between ... (multi_news-val-4486)
    (
        "according to speaker, statement",
        rf"{ACCORDING_TO}{TITLE_BEFORE_NAME}{SPEAKER_AFTER}{_OPENING_ROLE}"
        rf"(?:{_WHO_WAS}|{_WHO_IS}|,\s+)(?P<text>(?:[^\s{OPEN}]|(?<=:\s)[{OPEN}]){WORDS}){STATEMENT_END}",
    ),
    # Macron reportedly told Putin that he "regretted the latest Russian veto ..." (seed 000);
    # "... is Attorney General Greg Abbott, who said in an interview with The Associated
    # Press on Thursday that Davis is too liberal for Texas." (raw validation 0-based 230)
    (
        "speaker verb that",
        rf"{SPEAKER}{_APPOSITION}(?P<relative>,\s+who)?\s+{_BEFORE_VERB}{VERB_THAT}",
    ),
    # Michel Duclos, a former French ambassador to Damascus, said the phone conversation ...
    (
        "speaker said statement",
        rf"{SPEAKER}{_APPOSITION_OR_DASHES}\s+{_BEFORE_VERB}{SAID_STATEMENT}",
    ),
    # She told police she accepted the ride because ... (multi_news-val-2067)
    (
        "speaker told statement",
        rf"{SPEAKER}{_APPOSITION_OR_DASHES}\s+{_BEFORE_VERB}{TOLD_STATEMENT}",
    ),
    # South Korean activists estimate that there may have been ... (3822); The research
    # team says the footage was filmed by ... (3822); The report found women who ... (4008)
    ("group verb statement", rf"{_SUBJECT_LEAD}{_COLLECTIVE_SUBJECT}{_COLLECTIVE_VERB}"),
    # Macron stressed "his deep concern at ..." (seed 000); Shumlin ... called Corbett's
    # remark "an absurd comparison ..." (multi_news-val-3299), but not "what the FBI
    # called “communiques”", a name for a thing, not words said.
    # ... Stuart Varney who said "President Trump is not getting the credit ..." (5041)
    # ... their conversation with Mr. Smith, who told them: “My brother ...” (5473)
    (
        "speaker verb quote",
        rf"{SPEAKER}{_APPOSITION_TO_SAID}(?:\s+who|{WHO_TOLD})?\s+{_BEFORE_VERB}{VERB_QUOTE}",
    ),
    # Jim Mattis, US defence secretary, made similar comments on Thursday, adding that the
    # Trump administration had made no decision to strike Syria. (seed 001)
    (
        "speaker ..., adding that",
        rf"^{SPEAKER}{_APPOSITION}\s+[^,.{OPEN}{CLOSE}]{{0,60}}?{ADDING}",
    ),
    # White House officials are downplaying ..., saying it's a short-term wobble (5041)
    ("group ..., saying", rf"{_SUBJECT_LEAD}{_GROUP_SUBJECT}{_ACTS}{SAYING}"),
    (
        "speaker ..., saying",
        rf"{_SUBJECT_LEAD}{_OWNED_TITLE}{SPEAKER_AFTER}{_APPOSITION}{_ACTS}{SAYING}",
    ),
    # ... a trigger, which several Senators and aides said was still being tweaked Sunday,
    # included ... (multi_news-val-2094): tried last, when no speaker of the sentence's own
    ("relative, speaker said", rf"\b(?:that|which|who|whom)\s+{SPEAKER_AFTER}{RELATIVE_SAID}"),
)
QUOTE_NAMES = tuple(name for name, _ in QUOTE_PATTERNS)
