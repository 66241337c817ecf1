"""Who speaks: the words a speaker's name or description is made of and the title before a
name (the canonical form of each name is `quote_names.py`'s).

A speaker may also be a group after what it said ("..., police said"), a paper ("according
to a release"), someone named by whose they are ("Bae's family"), an office that speaks
for its owner ("the sheriff’s office"), or an owner's post whose holder its apposition
names. `quote_patterns.py` builds its sentence patterns from these pieces;
`speaker_bounds.py` reads where a found speaker's name starts and ends, and who speaks when
it stands inside a preposition's object; `non_speakers.py` what the name pattern takes that
never speaks; `found_speakers.py` what a found speaker is (its bare name, a group, a paper).
"""

from __future__ import annotations

import re

from chorus.language.quote_alternation import by_first_letter
from chorus.language.speaker_documents import FILING, ISSUED_DOCUMENT, PAPER
from chorus.language.speaker_issuers import ISSUING_BODY

ROLE_NOUNS = (
    *("spokesman", "spokeswoman", "spokesperson", "president", "secretary", "minister"),
    *("ambassador", "secretary-general", "chief", "director", "official", "officials"),
    *("leader", "diplomat", "diplomats", "prime minister", "senator", "governor", "mayor"),
    *("chancellor", "commander", "general", "envoy", "representative", "professor"),
    *("researcher", "analyst", "expert", "lawyer", "attorney", "police", "prosecutor"),
    *("sheriff", "officer", "coach", "executive", "founder", "chairman", "CEO", "head"),
    *("author", "scientist", "witness", "source", "sources", "manager", "agency", "court"),
    *("editor", "marshal", "nurse", "member", "examiner", "coroner", "organizers", "dean"),
    *("superintendent", "insider", "friend", "scholar", "publicist", "actress", "actor"),
    *("designer", "host", "neuroscientist", "commentator", "chaplain", "commissioner"),
    *("administrator", "curator", "historian", "resident"),
)
"""Heads of descriptions that can stand for a speaker ("an EU diplomat said"), titles before
a name too ("Dark Mofo curator Jarrod Rawlins said": raw validation 0-based 185 [1]; "TCM host
and film historian Robert Osborne believes ...", whose "he said" follows him: raw 39 [2];
"Building resident Elaina Feliciano, 33, was gripping ...", whose words follow: raw 17 [2])."""
GROUPS = (
    *("police", "officials", "authorities", "investigators", "detectives", "prosecutors"),
    *("witnesses", "researchers", "scientists", "experts", "doctors", "firefighters"),
    *("deputies", "troopers", "officers", "analysts", "organizers", "residents", "advisers"),
    *("aides", "diplomats", "sources", "organisers", "lawmakers", "economists", "activists"),
    *("team", "military", "government", "records", "authors"),
    # "Animal welfare workers say 71 beagles have been removed ..." (raw 13 [1], AP)
    "workers",
    # "Democratic leaders said the vote was a political stunt ..." (raw 116 [0])
    "leaders",
)
"""Plural nouns that speak without an article, after what they said ("..., police said",
"according to investigators")."""
OWNED = (
    *("family", "lawyer", "lawyers", "attorney", "attorneys", "girlfriend", "boyfriend"),
    *("wife", "husband", "mother", "father", "publicist", "agent", "sister", "brother"),
    *("son", "daughter", "widow", "doctor", "doctors", "physician", "friend", "parents"),
    *("grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle", "cousin"),
    *("niece", "nephew", "fiance", "fiancee", "fiancée", "mom", "dad", "stepfather"),
)
"""People named by whose they are: "Bae's family", "Thomas Kinkade’s girlfriend", "His
doctor says" (multi_news-val-5202), "Jordan's grandmother, Jessica Belliveau, said" (2067)."""
SPEAKING_FOR = ("office", "spokesman", "spokeswoman", "spokesperson", "campaign", "statement")
"""What speaks for its owner, who is then the speaker: "the sheriff’s office" is the
sheriff, "a statement from Mr Macron’s office" Macron (seed 001)."""

PRONOUNS = ("he", "she", "He", "She")
IT = ("it", "It")
"""An organisation or paper speaking again: "It added that ...", "..., it said" (DUC's
newswire); whom it stands for is read by `pronouns.speaks_as_it`."""
THEY = "They"
"""A sentence's subject that speaks for the group quoted in the sentence before ("His
lawyers said in court papers that ... ¶ They also argued that ...": multi_news-val-5184),
or for no one."""

HONORIFIC = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Cpl|Pvt|Det|Rev"
    r"|President|Mayor|Judge|First\s+Lady|Air\s+Chief\s+Marshal|ACM)\.?\s+)"
)
"""Titles before a name, up to two ("Maj. Gen. Syamsul Ma'arif": DUC d30034t; "ACM": 1557)."""
WORD = r"[A-Z](?:[\w&-]|\.(?=\w))*+(?:['’](?!s\b)\w++)?"
"""A capitalised word, taken whole (`*+`, `++`: never given back a letter at a time). What
follows a word in every pattern opens with a character no word holds (a space, a comma, an
apostrophe, the end), so a shorter word never matched where the whole one failed; giving
the letters back was most of what the searching patterns cost on sentences with no speaker
(`tests/test_analyze_quote_speed.py`). So too the words before a title or a role noun."""
_INITIAL = r"[A-Z]\.(?=\s+[A-Z])"
"""A middle initial ("Mark E. Laidre"): its full stop is followed by the rest of the name."""
NAME_PARTICLE = r"(?:bin|de|la|van|von|da)\b"
"""A lower-case word inside a name ("Anette de la Renta": multi_news-val-2313)."""
_SUFFIX = r"(?:,?\s+(?:Jr|Sr)\.?(?![\w.]))"
"""A generation after a name ("DeOrr Kunz Sr. says": multi_news-val-5590)."""
_ARTICLE_NAME = r"[ae]l-\w+"
"""An Arabic name with its article, "Dia al-Hotmani", "Hussein el-Sadek el-Mesrati"; opening
a name, capitalised after it ("al-Houni said": multi_news-val-5397)."""
NAME = (
    rf"(?:[Tt]he\s+)?{HONORIFIC}{{0,2}}(?!(?:The|A[nt]?|In|From)\s)(?:[ae]l-(?=[A-Z]))?{WORD}"
    rf"(?:\s+(?:{_INITIAL}|{WORD}|&(?=\s+[A-Z])|\d+(?:st|nd|rd|th)?(?=\s+[A-Z])|{_ARTICLE_NAME}|{NAME_PARTICLE})){{0,3}}"
    rf"{_SUFFIX}?(?!(?<=\b[A-Z])\.\s)"
)
"""A name, never cut at an abbreviation's full stop ("said U.S. | Sen. Cory Gardner", "said E. |
Gerald Corrigan": the title takes it; "The U.S. 7th Fleet" is `speaker_bounds.abbreviated`'s), nor
opening with a preposition ("In London, a spokesman for Granger ..., said": DUC d30056t)."""
ROLE_NOUN = by_first_letter(ROLE_NOUNS)
"""The role nouns as one alternation (also read ignoring case, where each word was tried at
every position: grouped, only those of the letter there)."""
IN_THE_KNOW = (
    r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)"
    r"\s+(?:[\w.'’&-]++\s+){0,3}?(?:[\w'’&-]|\.(?=\w))++"
)
"""What makes an unnamed source one: "people familiar with the matter said", "according to
a person briefed on Apple's product plans" (multi_news-val-15), "A source familiar with
Department of State processes told" (230); the words up to the verb or the sentence's end."""
_UNNAMED = rf"(?:people|persons?|insiders?){IN_THE_KNOW}"
"""People who speak only as sources in the know ("people" alone is no speaker)."""
_WHAT_KIND = r"(?:(?:defen[cs]e|criminal|personal|longtime)\s+)?"
"""What kind of lawyer or friend: "Dunn's defense attorney, Cory Strolla, has said he plans
to appeal" (multi_news-val-1212)."""
DESCRIPTION = (
    rf"(?<!\w)(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:(?!(?:when|while|and|but|the)\s)[\w.-]++\s+){{0,3}}?"
    rf"(?:{ROLE_NOUN})(?:{IN_THE_KNOW})?"
    rf"(?:\s+of\s+{WORD}(?:\s+{WORD})*(?:['’]s\s+[a-z]+)?)?"
    rf"|(?<!\w)(?:[Hh]is|[Hh]er|[Tt]heir)\s+{_WHAT_KIND}(?i:{by_first_letter(OWNED)})\b"
)
"""A described speaker ("the CEO of Kinkade’s galleries", "His family says", "his attorney
insisted": multi_news-val-576); the article a word of its own (not the end of "Vatican"),
its words no clause's ("a wire when the attorney warned": 4717)."""
_OWN_PAPERS = ("e-mail", "email", "letter", "note", "tweet", "text")
"""A speaker's own message after what it said: "“...,” his e-mail said." (raw 99 [2])."""
_OWNED_AFTER = (
    rf"(?<!\w)(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{by_first_letter((*OWNED, *_OWN_PAPERS))})\b"
)
"""Whose a speaker is, after what it said: "..., his family said." (multi_news-val-5473),
"“...,” her mother, Ashake Banks, said" (2080), maybe with a word of what kind ("“...,”
says his personal publicist, Carrie Byalick.": 4236); only there, as an alternative of every
speaker it cost a try at each "his" and "her" of the patterns that search."""
_OWNED_BY_PRONOUN = re.compile(
    rf"(?P<pronoun>[Hh]is|[Hh]er)\s+(?P<owned>(?:[a-z]+\s+)?(?i:{by_first_letter(OWNED)})"
    rf"|{'|'.join(_OWN_PAPERS)})"
)


def owned_by_pronoun(who: str) -> tuple[str, str, bool] | None:
    """For a speaker named by whose they are with "his" or "her" ("Her family", "his
    attorney") or a message of theirs ("his e-mail"): "he" or "she", what is theirs, and
    whether it is a message (the owner's own words); None for any other speaker."""
    if who[:4] not in ("His ", "his ", "Her ", "her "):
        return None
    found = _OWNED_BY_PRONOUN.fullmatch(who)
    if found is None:
        return None
    pronoun = "he" if found["pronoun"] in ("His", "his") else "she"
    return pronoun, found["owned"], found["owned"] in _OWN_PAPERS


_NAME_WORD = rf"{_INITIAL}|St\.(?=\s+[A-Z])|{WORD}|{_ARTICLE_NAME}"
FULL_NAME = (  # in an apposition: "the spokesman, Dia al-Hotmani, said" (multi_news-val-5397),
    # "A Sandoval spokesman, Mari St. Martin, said" (1779)
    rf"{HONORIFIC}?{WORD}(?:\s+(?:{_NAME_WORD}|{NAME_PARTICLE})){{0,2}}\s+(?:{_NAME_WORD})"
)
POSSESSIVE = r"(?:['’]s|(?<=s)['’])"  # "Smith's", and "Hayes'" after a name's "s"
NATIONALITY = r"(?:[A-Z][a-z]+(?:an|ese|ish)\s+)?"
"""A nationality between an owner and whose they are: "Eichmann's German attorney, Dr.
Robert Servatius, noted ..." (multi_news-val-79)."""


_BIRTH_ORDER = r"(?:(?:eldest|oldest|youngest|older|younger|elder)\s+)?"
"""Which of the owner's children or siblings: "“...,” Michael Jackson's eldest daughter said"
(raw multi_news-val-1717)."""
_SOURCE_OF = rf"(?:(?:[Aa]n?|[Tt]he)\s+{ISSUED_DOCUMENT}\s+(?:from|by)\s+)?"
"""A statement speaks for its source: "said a statement from Mr Macron’s office" (seed 001)."""
_OWNER = (
    rf"(?:{POSSESSIVE}\s+{NATIONALITY}{_BIRTH_ORDER}{_WHAT_KIND}(?i:{by_first_letter(OWNED)})\b)?"
)
_OWNED_POST = rf"(?=[a-z])(?:[a-z][\w-]*+\s+){{0,2}}?(?:{ROLE_NOUN})(?=,\s+{FULL_NAME},)"
"""A post of the owner's whose holder the apposition names: "American’s chief executive, Doug
Parker, said that ..." (raw 217 [3]) is Parker's (`speaker_appositions.named_in_apposition`)."""
_SPEAKS_FOR = rf"(?:['’]s\s+(?:(?i:{by_first_letter(SPEAKING_FOR)})\b|{_OWNED_POST}))?"
_GROUP = rf"(?:[\w.'’-]++\s+){{0,3}}?(?:(?:{by_first_letter(GROUPS)})(?:{IN_THE_KNOW})?|{_UNNAMED})"
_COMPANY = r"(?:[Tt]he|[Aa])\s+(?:[\w.'’&-]++\s+){0,2}?(?:company|judge|couple)\b(?!['’]s\b)"
"""A company, a judge or a couple after what they said ("..., the company reported.", "the
judge said.", "“...,” the couple said": multi_news-val-4775, 3544, 2031), not what it owns
("the company’s ad": 2484); no role noun, as one it changed whom "he" stood for (DUC d30012t;
"a judge in Manhattan", 5184; "the last couple of years", 3501), and only here."""


_MEDIUM = r"(?:\s+(?:news\s+agency|news\s+service|newspaper|daily)\b)?"
"""What a named paper or agency is, after its name: "..., Indonesia's official Antara news
agency reported Sunday." (DUC d30034t); the speaker is "Antara"."""
_PARTY = r"(?:\s+\([A-Z][^()]{0,20}\)|,\s+[RDI]-[A-Z][\w.]*+(?=,))?"
"""A party and state after a name: "Rep. Michael Grimm (R-N.Y.), also appearing on the
same show, said" (multi_news-val-4505), "Rep. Mike McCaul, R-Texas, the chairman of ...,
said" (1186: the tag no speaker of its own)."""


REFERRING_HEADS = (
    *("Republican", "Democrat", "lawmaker", "congressman", "congresswoman", "speaker"),
    *("contender", "candidate", "nominee", "actor", "actress", "singer", "rapper", "star"),
    *("comedian", "billionaire", "mogul", "businessman", "businesswoman", "founder"),
    *("designer", "press secretary"),
    # "Ahmad Seth, the youngest of Captain Zaharie Ahmad Shah's three children, told ... ¶
    # “...,” the 26-year-old student told the New Straits Times" (raw 209, the pilot's son;
    # the only "the ... student" after words over the 280 clusters)
    "student",
    # "Amanda Longacre, a long-time Delaware resident, has been stripped of her title ... ¶
    # The 24-year-old Bear resident says she signed her contract, ..." (raw 16 [0])
    "resident",
    # a nationality for a person named before: "“...,” the German wrote." (Eichmann,
    # multi_news-val-79); a few, as "the Guardian" or "the Vatican" is no one's
    *("German", "American", "Israeli", "Briton", "Frenchman", "Russian", "Italian"),
    *("Australian", "Canadian", "Austrian", "Dutchman", "Norwegian", "Swede", "Mexican"),
)
"""Heads of a description that names again someone just named ("Sen. Lindsey Graham said
... “...,” the South Carolina Republican said"), unlike "the officer" or "a spokesman"."""
_PARENT_OF = (
    r"(?:mother|mom|father|dad)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)\b"
)
"""A parent of so many children, a description of someone the article named ("Building
resident Elaina Feliciano, 33, was gripping her toddler son ... ¶ “My heart is really
bleeding for them,” said the bus matron and mother of four.": raw 17 [2]; "“I have young
kids,” says the mom of two" of Gillibrand: raw 198 [4]); every "the mother/father of <n>"
over raw 250 and DUC 30 names again someone named before."""
_REFERRING = (
    rf"[Tt]he\s+(?:[\w-]++\s+){{0,6}}?(?:(?:{by_first_letter(REFERRING_HEADS)})\b|{_PARENT_OF})"
)
REFERS_BACK = re.compile(rf"(?:{_REFERRING}|he|she|He|She)$")
"""A speaker who is whoever the article spoke of last: a pronoun or such a description."""


_NAMED_AFTER = (
    r"(?<!\b(?:of|in|at|on|to|by) )(?<!\bfor )(?:[Oo]ne\s+of\s+)?"
    rf"(?:[Tt]he|[Aa]n?|(?<!\band )[Aa]nother)\s+[a-z][\w’'-]*+(?:\s+[a-z][\w-]*+){{0,4}}+"
    rf"(?=,\s+{HONORIFIC}?{WORD}(?:\s+(?:{_INITIAL}|{WORD})){{1,3}},)"
)
"""A description whose apposition is a name, of a speaker no role noun describes: "The
company, Granger Telecom, said" (DUC d30056t), "the leader of the center-left opposition,
Pierluigi Bersani, said" (multi_news-val-2476), "the study’s lead author, Mason Silveira,"
(4387), "Another blogger, Brandy Willans, writes" (4656), one of several ("“...,” one
of the searchers, Karen Boucher, told the Logansport Pharos-Tribune.": raw 153 [1]); not
after a preposition ("the publisher of a respected weekly newsletter, Southern Africa
Report, says" is the publisher speaking, "another man charged in the case, Edgar Ivan
Rodriguez, told" no "case"), nor "another" after "and" (", and another man charged in the
case, Edgar Ivan Rodriguez, told": two speakers); `named_in_apposition` gives the name. Its
words are taken possessively, without back-tracking: it is tried after every "the" and "a"
of the patterns that search."""


_IDENTIFIED = (
    r"(?:[Aa]n?|[Oo]ne)\s+(?:man|woman|person|resident|neighbou?r)\s+who\s+identified\s+"
    rf"(?:himself|herself)\s+(?:only\s+)?as\s+{WORD}(?:\s+[A-Z]\.(?!\w)|\s+{WORD})?"
)
"""Someone unnamed but for the name they gave: "“...,” said a man who identified himself as
Angelo L.", "A man who identified himself as Thad L. said" (multi_news-val-3544); who
speaks is the name (`identified_as`)."""
IDENTIFIED_AS = re.compile(r"\bidentified\s+(?:himself|herself)\s+(?:only\s+)?as\s+")


def _speaker(first_letters: str, *more: str, it: str = "") -> str:
    """A speaker; the lookahead for its first letter turns the unanchored patterns away
    from every other position at once (their search cost 30% less). `it` is "|it" where
    an organisation may speak as "it" after what it said."""
    alternatives = "|".join(
        (rf"(?<!\bof ){NAME}(?:\s+and\s+{NAME})?", DESCRIPTION, _NAMED_AFTER, *more)
    )
    return (
        rf"\b(?=[{first_letters}]){_SOURCE_OF}"
        rf"(?P<who>(?:{alternatives}){_OWNER}|he|she|He|She{it}){_SPEAKS_FOR}{_PARTY}{_MEDIUM}"
    )


SPEAKER = _speaker("A-Zahst", _IDENTIFIED, ISSUING_BODY)
"""A capital, "the", "a(n)", "he" or "she" opens a speaker."""
SPEAKER_QUOTED = _speaker(
    "A-Za-z",
    _REFERRING,
    FILING,
    _OWNED_AFTER,
    _COMPANY,
    _IDENTIFIED,
    r"[Tt]he\s+statement\b",
    _GROUP,
    ISSUING_BODY,
    it="|it|they",
)
"""After a quotation, a speaker may also be a description naming again whoever came last
("“...,” the former House speaker ... said"), "they" (the group just quoted), a group
("“...,” police said", "the authors wrote": multi_news-val-2526) or "the statement" whose
issuer `quotes.py` reads ("“...,” read the statement.": seed 000); tried only there, where
the patterns are anchored, as it costs a try at every "the" and at no other place."""
SPEAKER_AFTER = _speaker("A-Za-z", _GROUP, PAPER, _COMPANY, ISSUING_BODY)
"""Who said what came before may be a group ("..., police said") or a paper ("according
to a release"), which as a subject would open too many sentences to try."""
SPEAKER_AFTER_OR_IT = _speaker(
    "A-Za-z", _GROUP, PAPER, _OWNED_AFTER, _COMPANY, ISSUING_BODY, it="|it"
)
"""`SPEAKER_AFTER` or "it", where it comes before its verb ("..., it said"): only there,
as the alternative costs a try at every comma of the patterns that take it."""
APPOSITION_ROLE = (
    r"(?P<role>(?:of|from|in)\s+[^,“”\"]{2,60}?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
    r"|[^,“”\"]{2,120}?|[^,“”\"]{1,80}+(?<=\s)[“\"][A-Z][^“”\",.]{0,40}[”\"](?=\s)[^,“”\"]{0,80}?"
    r"|[^,“”\"]{1,80}+(?<=\s)[“\"][A-Z][^“”\"]{0,120}?,[”\"](?=\s)"
    r"|[^,“”\"]{1,100}?\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2},\s+\d{4}\b[^,“”\"]{0,60}?)"
)
"""What a speaker is between an apposition's commas, a title in marks too ("The actress, who
starred in two "Fantastic Four" movies, told": multi_news-val-1297), or where from (3949);
a title that ends the apposition holds its closing comma ('Don McNay, author of the book "Son
of a Son of a Gambler: Winners, Losers and ... the Lottery," says': 1438), or a whole
date its comma ("Mayor Melodee Colbert-Kean, whose city was devastated by a similar EF-5
tornado on May 22, 2011, said": 4505)."""
ORGANISATION_HEADS = (
    *("Department", "Ministry", "Office", "Council", "Committee", "University", "Center"),
    *("Centre", "Institute", "Foundation", "Association", "Agency", "Bureau", "Commission"),
    *("Service", "Board", "Society", "School", "College", "Court", "Party", "Bank", "Museum"),
)
"""Last words of a name that goes on with "of": "the Department of Homeland Security"."""
