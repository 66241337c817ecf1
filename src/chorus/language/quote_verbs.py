"""The verbs of attribution the quote patterns of `quote_patterns.py` are built with:
speech verbs and the adverbs before them, the findings of papers and groups, and the
participles that say something more after "..., X said," (split from `quote_patterns.py`).
"""

from __future__ import annotations

from chorus.language.quote_alternation import by_first_letter

SPEECH_VERBS = (
    *("said", "says", "told", "tells", "added", "adding", "stated", "announced", "warned"),
    *("claimed", "insisted", "argued", "explained", "wrote", "tweeted", "noted", "stressed"),
    *("reiterated", "acknowledged", "admitted", "urged", "reminded", "recalled", "declared"),
    *("confirmed", "suggested", "replied", "responded", "commented", "denied", "pointed out"),
    *("adds", "notes", "explains", "reports", "warns", "insists", "argues", "revealed"),
    *("reported", "asked", "posted"),
)
"""Verbs that introduce what someone said (seeds: said, told, warned, reminded, ...); also
what tells `statements.py` that a sentence names whose claim it is."""
ATTRIBUTING_VERBS = (
    *SPEECH_VERBS,
    # the present of the verbs above, as features and reviews write ("Kreiss writes that")
    *("writes", "confirms", "claims", "admits", "acknowledges", "stresses", "tweets"),
    *("emphasizes", "emphasises", "emphasized", "emphasised"),
    *("announces", "recalls", "replies", "responds", "urges", "asks", "describes"),
    *("was quoted as saying", "were quoted as saying", "say", "jokes", "joked", "quipped"),
    *("alleged", "alleges", "suggests", "testified", "testifies", "states", "points out"),
)
"""Every verb the quote patterns attribute words with: newswire's "was quoted as saying"
(DUC), "say" of groups ("Critics say", multi_news-val-2486), "suggests" of someone named
("Nikolai Petrov, a leading expert ..., suggests that": 1942), a witness's "testified" ("An
expert witness testified that ...": DUC d30051t), a paper's "states" ("the warrant
states": 3340) and a present "points out" ("“...,” Bernstein points out.", raw 39 [1];
"Kunzig points out that ...", 45 [1]) besides the above; kept
apart from `SPEECH_VERBS`, whose "say" would make "As I say, ..." name a speaker there."""
GIVEN_STATEMENT = (
    r"(?:released|issued|offered|sent|posted|provided|gave|shared)\s+"
    r"(?:[A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|\d+)){0,2}\s+(?=the\s+following\s))?"
    r"(?:the\s+following|this|a|an|the)\s+(?:[a-z-]+\s+)?(?:statement|message)"
)
"""A statement given, maybe to whom ("UConn sent News 8 the following statement:":
multi_news-val-3340), printed after its colon: "Mint spokesman Adam Stump issued this
statement when contacted today by ABC News: “We do not have ...”" (multi_news-val-2031),
"Wayne State University offered this message to students Wednesday morning:" ¶ "“...”"
(3544, read with its quotation by `quote_statements.py`)."""
DENIALS = frozenset(("denied",))
"""Verbs that negate the words they introduce: the attributed text starts at the verb, so
"Moscow and Damascus: denied that any gas attack took place" never reads as a claim."""
HEDGES = frozenset(("suggested", "suggests"))
"""Verbs that put forward what they introduce without asserting it: the words start at the
verb too, so "William Hague, the British foreign minister, had suggested that Gaddafi had
fled to Venezuela" (raw multi_news-val-5397) never reads as his flat claim.
"hinted", "implied", "speculated" attribute no words at all (no `ATTRIBUTING_VERBS`)."""
SHOWN_VERBS = DENIALS | HEDGES
"""Verbs the attributed words open on."""


VERB = by_first_letter(ATTRIBUTING_VERBS)
INVERTED_VERBS = (
    *("said", "says", "according to", "notes", "noted", "adds", "added", "writes", "wrote"),
    *("explains", "explained", "reports"),
)
"""Verbs that come before their speaker after a statement ("..., notes Mark E. Laidre, an
evolutionary biologist"; multi_news-val-3184; "..., reports CBS News correspondent Manuel
Bojorquez": 576)."""

OFFERED = (
    r"(?:offer(?:ed|s)|pose[sd]|cried|continue[sd]|complain(?:ed|s)|fumed|retort(?:ed|s)"
    r"|read(?=\s+the\s+statement\b)|(?<=statement\s)read|reads?(?=\s+(?:the|that)\s+filing\b)"
    r"|ripped|blasted|scoffed|vowed|predicted|recounted"
    r"|concluded|gloated|teased|shouted|yelled|moaned|clarified|remark(?:s|ed))"
)
"""Verbs of a speaker only right after a quotation: "“I have a feeling this will come out
just right,” offered Mickey Hart." (multi_news-val-907), "“..., instead? poses KFC
spokeswoman Jocelyn Bynoe" (346), "“I need an ambulance. ...” she cried." (576), "“...
(even excluding Pygmies),” he continues." (3655), "“...,” read the statement." (seed 000),
"“...,” reads that filing." (raw 40 [1], the motion to dismiss), "“...,” Bernstein
remarks." (raw 39 [1]; "his remarks" elsewhere is a noun, "remarked on" no words),
"“...,” complained Stewart" (5184), "“...” Wurfel fumed." (5077), "``I absolutely disagree
with that,'' Barksdale retorted." (DUC d31033t, else the words of Warden's question before);
elsewhere they say nothing ("offered the band $3 million"). So too the verbs of a tone
("“..., and I will not support it,” ripped Rep. Raúl Grijalva": 2094, whose next
quotation went to the speaker before; "“...,” Schrader predicted.", "“...,” he
recounted.", "“...,” Colbert teased", "“...,” gloated one of them"), never a speaker
elsewhere ("predicted that 80 Democrats would back it" tells no words). Not "answered":
"“Go,” she said, and he asked “why?” Nobody answered." is two sentences, the second no
speaker's credit (tests/test_sentences.py)."""
OPENING_VERB_WORDS = (
    *("Adds", "Added", "Offers", "Offered", "Says", "Said", "Notes", "Noted", "Writes"),
    "Wrote",
)
OPENING_VERBS = by_first_letter(OPENING_VERB_WORDS)
"""Verbs that open a sentence before their speaker, a colon and the quotation: "Adds Weir:
“Trey is schooled in ...”", "Added Lesh: “It is with respect ...”" (907)."""

AUX = (
    r"(?:(?=[harpliso])(?:has|have|had|also|reportedly|allegedly|again|repeatedly|previously"
    r"|publicly|privately|later|initially|subsequently|since"
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)*"
)
"""Adverbs before a speech verb ("Palestinian leader Yasser Arafat later told the crew",
"Mr. Durbin later said that": DUC d30040t, multi_news-val-1779; "The British Foreign
Office initially said": d30056t), and the day ("Officer Larry Hadfield on Monday said":
multi_news-val-932); the lookahead for their first letters fails most words before the
alternatives are tried."""

ARGUING = ("noting", "arguing", "insisting", "claiming", "boasting", "asserting", "stressing")
"""Participles that say something before their "that", as "saying" does without one;
not "suggesting", more often the writer's inference ("..., Israel radio reported,
suggesting that the attackers had perhaps intended ...": DUC d30010t)."""

FINDINGS = (
    *("found", "finds", "find", "estimates", "estimated", "estimate", "held", "ruled"),
    *("maintained", "maintains", "vowed", "vows", "pledged", "pledges"),
)
"""Verbs of what a study, a count, an inquiry or a court found, right before "that" ("AICR
estimates that 1 in 3 cases could be prevented", "the report finds that even a small glass
...": multi_news-val-4008; "Justice Elena Kagan held that ...": 3200), of a group too
("South Korean activists estimate that": 3822): a claim whose source the writer names is
who said what, as a reader weighs it against another outlet's; never with an object ("found
the body", "held that belief" is none). So too a claim kept up ("has maintained that ..."),
not "maintained its lead", and a vow ("Seif al-Islam, has vowed that his father and
security forces would fight "until the last bullet."": raw multi_news-val-5397), not "vowed
to fight", which says no words; not "promised that", as often asked about ("Asked whether
Lavrov had promised that ...": 76)."""

SAYING_AGAIN = (
    r"(?:noting|pointing|saying|explaining|arguing|stressing|warning|insisting|claiming"
    r"|telling|recalling|describing|calling|suggesting|asking|acknowledging|admitting)\b"
)
"""Participles after "..., X said," that say more: the words after them are the speaker's
too ("..., Schuster said, pointing out that container ships ...", read by the patterns of
a speech verb and its "that"), so the words before the speaker are not the whole claim."""


SPEAKS = frozenset(v for v in ATTRIBUTING_VERBS if " " not in v)
"""The one-word speech verbs: a clause that goes on with one is the speaker's."""
