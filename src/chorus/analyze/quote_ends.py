"""Where a quotation's words start and end in their sentence: past where or when they were
said ("said in a statement: “...”", `past_where_said`) or what the speaker did meanwhile
(`MANNER`), past a dateline or the writer's connective before them (`past_dateline`),
and before who reported them ("..., the memorandum says", `source_cut`), the writer's
"but" or another's "while" (`contrast_cut`) or the writer's narration after a quotation
(`quotation_cut`); and words in the writer's own first person (`writers_aside`). Split from
`quote_clauses.py`; `quote_hits.py` applies them to every hit (`quotes.py` applies
`addressees_pronoun`, which reads the whole article, to each sentence's).
"""

from __future__ import annotations

import re

from chorus.analyze.subject_names import person_named
from chorus.language.datelines import PLACE_WORD, WIRE_DASH
from chorus.language.quote_marks import CLOSE, OPEN, inside_quotation
from chorus.language.quote_participles import CLAUSE_VERBS
from chorus.language.quote_settings import IN_A_PAPER, PART_OF_DAY
from chorus.language.quote_verbs import AUX

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WHERE_SAID_FIRST = re.compile(
    r"(?:in|on|during)\s+(?:(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?)?"
    r"(?:statement|release|posting|post|letter|e-?mail|interview|tweet|message|call|editorial)"
    r"(?:[,:]?\s+|:$)|(?:again|also|later|then|afterwards?|once\s+more"
    rf"|to\s+(?:me|us|him|her|them)|on\s+[MTWFS][a-z]{{2,5}}day{PART_OF_DAY}"
    rf"|in\s+{_MONTH}(?:\s+\d{{4}})?|at\s+the\s+time|last\s+(?:week|month|year)),\s+"
)
"""Where or when something was said, before the words: "said in a statement: “...”", "says
in a Facebook posting the dogs are ..." (multi_news-val-3493), "said in editorial for
Wednesday, Oct. 7:" (DUC d30048t, whose words are the next paragraph), "Phillip Dunn said
again, “It's gone viral.”" (1212), "Takei added on Saturday, “We're living ...”" (2484);
when, a month or "at the time": "Michael Taylor, a deputy commissioner at FDA, said in May,
“We believe ...”" (2559); to whom: "“He said to me, ‘It wasn’t my decision,’” said the
colleague" (1867) is Oppenheim's "It wasn’t my decision", not "to me, ‘It wasn’t my
decision"."""
WHERE_SAID_LETTERS = frozenset("iodalt")
"""The first letters of `_WHERE_SAID_FIRST`: a test of the words' first letter before a call."""


def past_where_said(text: str, start: int, end: int) -> int:
    """The start of the words past where they were said, if the span opens with it."""
    where = _WHERE_SAID_FIRST.match(text, start, end)
    if where is not None and text[end - 1] == ":":
        return end  # "in an editorial on Sunday, Nov. 1:": the words are still to come
    return start if where is None or end - where.end() < 8 else where.end()


MANNER = re.compile(rf"[a-z]+ing\s+(?:his|her|their)\s+[a-z]+,\s+(?=[{OPEN}])")
"""What the speaker did as they spoke, before their quotation: "The chances of the band
performing live again are, he says rolling his eyes, "zero"." (multi_news-val-3501); the
words start past it, at the quotation alone, "zero" (`quote_hits` keeps it, short as it is)."""


_DATELINE = re.compile(
    rf"{PLACE_WORD}(?:\s+{PLACE_WORD})*(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
    rf"(?:\s+\([\w .&-]{{1,30}}\))?\s+{WIRE_DASH}\s+"
    rf"|{PLACE_WORD}(?:\s+{PLACE_WORD})*,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+-\s+"
    r"|(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}\s+)?\((?:[A-Z]{2,}|Reuters)\)\s+(?=[A-Z])"
)
"""A newswire dateline: "MUNICH, Germany (AP) _ ", "LOS ANGELES (AP) — ", a place and its
state before a lone hyphen ("PALM COAST, Fla. - A Flagler County woman ...": raw validation
0-based 225; a heading in capitals before one has no state), or a place before an outlet in
capitals with no dash: "Tokyo (CNN) Seven US sailors ..." (raw multi_news-val-324); not
"Sen. Smith (R-Texas) ..."."""


_CONNECTIVE = re.compile(
    r"(?:However|But|Still|Yet|Indeed|Meanwhile|Instead|Moreover|Also|Then|And|So|Now|Later"
    rf"|Earlier|Again|Finally|Ultimately),\s+(?=[{OPEN}])|[A-Z]{{2,}}(?:\s+[A-Z]{{2,}}){{0,2}}:\s+"
    r"|(?:[A-Z][\w'’-]*+,?\s+){1,4}[a-z]++\s+(?=The\s)"
    r"|For\s+those\s+(?:of\s+you\s+)?keeping\s+(?:track|score)(?:\s+at\s+home)?,\s+"
    r"|(?:That|Having)\s+said(?:\s+that)?,\s+|What\s+to\s+Know\s+(?=[A-Z])|[•▪]\s+"
)
"""The writer's link to the sentence before, ahead of a quotation that opens the words:
"However, “we have no indication as to specific treatments ...,” Molto said" (2526);
the page's label: "ORIGINAL STORY: Iditarod frontrunners ..., officials wrote" (3613); or
a crosshead run into the paragraph under it, a lower-case word before "The" ("UN, Arab
League meetings The UN Security Council will hold ..., diplomats said": 5397); or its aside
to the reader: "For those keeping track at home, that is faster than any movie has ever
hit the billion-dollar mark, according to Variety" (raw validation 231); its turn from the
paragraph before: "That said, the deal could also hurt Sprint ..., said Marc Ostrau"
(multi_news-val-15); a page's box heading run into its first line: "What to Know A
20-year-old man allegedly tossed ..., police said" (5473); a list's bullet: "• In
Pennsylvania, they released 1,000 mink ..., according to the indictment." (raw validation
0-based 195)."""


def past_dateline(text: str, start: int, end: int) -> int:
    """The start of words that open a sentence, past the dateline or the writer's connective
    before them, if any ("MUNICH, Germany (AP) _ U.S. prosecutors have asked ..., officials
    said": DUC d31038t): where the report was filed from is the writer's, not what was said."""
    dateline = _DATELINE.match(text, start, end) or _CONNECTIVE.match(text, start, end)
    return start if dateline is None or end - dateline.end() < 8 else dateline.end()


_SOURCE_AFTER = re.compile(
    rf",[{CLOSE}]?\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w.'’&-]+\s+){{0,4}}?{AUX}"
    rf"(?:said|says|reported|reports|wrote|writes)\b{IN_A_PAPER}$"
    r"|,\s+according\s+to\s+(?:[\w.'’&-]+\s+){0,4}?[\w.'’&-]+"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?$"
)
_REPORTED_WORDS = ("said", "says", "report", "wrote", "writes", "according")
_SOURCE_REACH = 80
"""How far before the words' end their source may start (", American Airlines said in a
regulatory filing" is 47 characters)."""
"""Who reported the words, after them: "..., the memorandum says", "..., Kokomo Tribune
reports", "..., the ministry said in a separate statement", "..., according to meeting
notes" (multi_news-val-5077)."""


def source_cut(text: str, start: int, end: int) -> int:
    """Where the words end before who reported them, if they end so ("the agency found that
    the species "has not been restricted ...," the memorandum says": multi_news-val-4623):
    the source is the writer's, not the speaker's words; the speaker stays the one the
    words were attributed to, as `quote_hits._inner` leaves it."""
    reach = max(start, end - _SOURCE_REACH)
    comma = text.rfind(",", reach, end)
    # the comma before the last too: a source may end in its name (", according to the
    # BBC's home affairs correspondent, Danny Shaw": multi_news-val-2851)
    for _ in range(2):
        if comma < 0:
            return end
        if _reported_from(text, comma, end):
            return end if inside_quotation(text, end - 1) else comma
        comma = text.rfind(",", reach, comma)
    return end


def _reported_from(text: str, comma: int, end: int) -> bool:
    """Whether who reported the words stands from `comma` to `end`."""
    # the verb looked for first, as substrings: the whole match (or a search for the
    # verb), tried after the last comma of every hit, cost 0.04 ms a cluster
    after = text[comma:end]
    return any(word in after for word in _REPORTED_WORDS) and (
        _SOURCE_AFTER.match(text, comma, end) is not None
    )


_SPACED_DASH = re.compile(r"\s[—–]\s")


def dash_cut(text: str, who_start: int, start: int, end: int) -> int:
    """Where words said after their speaker end when the attribution sits inside the
    writer's pair of dashes: "Sen. Marco Rubio — who Walker has said would be a good vice
    presidential candidate on his ticket — is believed to be ..." and "... than the Bucks
    — Walker admitted that he had not been to a game in years — and Republicans ..."
    (multi_news-val-5196): what follows the closing dash is the writer's again."""
    if start < who_start or ("— " not in text[start:end] and "– " not in text[start:end]):
        return end
    if len(_SPACED_DASH.findall(text, 0, who_start)) % 2 == 0:
        return end
    closing = _SPACED_DASH.search(text, start, end)
    return end if closing is None or inside_quotation(text, closing.start()) else closing.start()


_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which)\s+(?:the\s+)?$")
_MAIN_VERB = re.compile(r",\s+(?:is|was|are|were|has|had|will|would)\s+(?:now\s+)?[a-z]")


def relative_cut(text: str, who_start: int, start: int, end: int) -> int:
    """Where words said after their speaker end when the attribution sits inside the
    writer's relative clause, closed by a comma before the main clause's verb: "a Minnesota
    man who the Department of Homeland Security says has the “operational capacity” to
    carry out a terror attack, is now studying to get his Class A Commercial Drivers
    License" (multi_news-val-4656): the department said only what he has."""
    if start < who_start or not _RELATIVE_BEFORE.search(text, max(0, who_start - 10), who_start):
        return end
    main = _MAIN_VERB.search(text, start, end)
    return end if main is None or inside_quotation(text, main.start()) else main.start()


_STANDING = re.compile(r"\b(?:has|have)\s+(?:long\s+)?(?:said|maintained|insisted|claimed)\b")
"""A speaker's standing claim, made at no one time: the writer may answer it with a "but"."""
_DENIED = re.compile(
    r",\s+but\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+)+(?:officials\s+|authorities\s+)?"
    r"(?:has\s+|have\s+)?(?:denied|disputed|rejected|refused\s+to\s+confirm)\b"
)
_ANSWERED = re.compile(r",\s+but\s+the\s+[a-z]+\s+[a-z]+ed\b")
_WITHHELD = re.compile(
    r",\s+but\s+(?:(?:would|did)\s+not|(?:would|did)n['’]t)\s+(?:say|reveal|comment|elaborate"
    r"|disclose|confirm|specify|discuss|explain|detail|identify|name)\b"
    r"|,\s+but\s+(?:declined|refused)\s+to\b"
)
"""What the speaker held back, the writer's account of them: "Davis said Texas needed a
change, but would not reveal if she will run" (raw multi_news-val-4960): no subject after
"but", so the verb is the speaker's, told by the writer."""
_WHILE_OTHER = re.compile(
    r",\s+while\s+(?:the\s+)?(?:[\w.'’&-]+\s+){1,4}?(?:said|says|insisted|countered|denied)\b"
)
"""Another speaker's side, set against the first: "MTV said Universal Music Latin
Entertainment didn't submit the video, while the record label said they weren't asked to
send in the clip" (raw multi_news-val-1717): the label's words are not MTV's."""


_VERDICT = re.compile(
    r",\s+but\s+(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:simply|just|plainly)\s+)?"
    r"(?:absurd|ridiculous|nonsense|false|untrue|wrong|unlikely|laughable)[.!]?$"
    r"|,\s+but\s+it\s+(?:is|was|remains|remained)\s+(?:unclear|not\s+clear|uncertain)\s"
    r"|,\s+but\s+(?:that|this)\s+(?:(?:later|soon|quickly|since|has\s+since)\s+)?changed\b"
)
"""The writer's verdict on reported words, or what no one knows: "Burr told reporters that
the “burden is on the New York Times” to produce the memo, but that’s absurd" (raw
multi_news-val-4035, a column); "Estrada said he would try to coax the two sides back
together, but it was unclear whether ..." (DUC d31041t); or what became of them since:
"Police initially said there was no foul play suspected, but that changed a day later."
(raw 153 [1])."""


_AS_OTHERS_ACT = re.compile(
    rf"(?<=[{CLOSE}])\s+as\s+(?:the\s+)?(?:investigators|police|authorities|officials"
    r"|detectives|prosecutors|officers|agents|rescuers)\s+[a-z]"
)
"""What others do as the words were said, the writer's, after a quotation closes them: "the
Ummah Fitness Centre said staff would "help the police in any way we can" as investigators
try to learn more about Khuram Shazad Butt, who ..." (raw multi_news-val-2851)."""


def contrast_cut(text: str, who_end: int, start: int, end: int) -> int:
    """Where reported words end before the writer's "but" clause: another's denial ("The New
    York Times reported ... that the U.S and Iran had agreed to nuclear talks, but the White
    House has denied it": multi_news-val-5100; "Turkish leaders say Ocalan is currently hiding
    in Russia, but Russian officials have refused to confirm that he is in the country": DUC
    d30044t) or, after a standing claim, what happened
    ("Zimmerman ... has said he acted in self-defense, but the killing ignited racial
    tensions ...": 1721), or what the speaker held back (`_WITHHELD`), or the writer's
    verdict (`_VERDICT`), or before another's side after "while" (`_WHILE_OTHER`), or what
    others do as the words were said (`_AS_OTHERS_ACT`). Not after a quotation's opening:
    its words are all the speaker's."""
    if text[start - 1 : start] in OPEN:
        return end
    if text.find(" as ", start, end) >= 0 and (others := _AS_OTHERS_ACT.search(text, start, end)):
        return others.start()
    found = (
        _WHILE_OTHER.search(text, start, end) if text.find(", while ", start, end) >= 0 else None
    )
    if found is None and text.find(", but ", start, end) < 0:
        return end
    found = found or _DENIED.search(text, start, end) or _WITHHELD.search(text, start, end)
    found = found or _VERDICT.search(text, start, end)
    if found is None and _STANDING.search(text, who_end, start):
        found = _ANSWERED.search(text, start, end)
    return end if found is None or inside_quotation(text, found.start()) else found.start()


_INFERRING = ("presumably", "apparently", "seemingly", "evidently", "perhaps", "possibly")
"""Adverbs that open the writer's guess at what a quotation meant, after its close: "“...,
bring them back from where they came,” presumably confusing “bring” with “send” in that
instance" (raw multi_news-val-1186)."""
_NARRATED_AFTER = re.compile(
    rf"[{CLOSE}](?:\s+(?:and\s+[a-z]|with\s+(?:an?|his|her|their)\s)|\)"
    rf"|,?\s+(?:{'|'.join(_INFERRING)})\b)"
)
"""The subject's next act after the quotation it was given, the writer's: "Abbott called her
filibuster "inconsequential" and sought to tie her to President Barack Obama" (raw
multi_news-val-4960), or how they looked as they spoke: "Shawn responded “not really” with
an apparent grin on his face" (5473); or the bracket it was given in closes: "Davis’ hair
struggles (she admitted to having “super-supercurly hair”), clothing (...)" (4960); or the
writer guesses at what it meant (`_INFERRING`)."""


_CUES = (" and ", " with ", ")", *(f" {word}" for word in _INFERRING))


def quotation_cut(text: str, start: int, end: int) -> int:
    """Where words that open on a quotation (its mark kept or not) end when the writer goes on
    after its close with " and <lower-case word>", " with a ...", a closing bracket or a
    guess (`_NARRATED_AFTER`): only the quoted words were said."""
    if start == 0 or (text[start - 1] not in OPEN and text[start] not in OPEN):
        return end
    if all(text.find(cue, start, end) < 0 for cue in _CUES):
        return end
    found = _NARRATED_AFTER.search(text, start, end)
    # the closing mark itself counts as inside: tested past it
    return end if found is None or inside_quotation(text, found.end() - 1) else found.start() + 1


_THIRD_THEN_FIRST = re.compile(
    r"(?:it|he|she|they)\s+[a-z]+ed\b[^“”\"]*?\b(?:our|we|us)\b(?![^“”\"]*[“”\"])"
)
"""Words that name the speaker in the third person and then the writer in the first: "In
May the FDA announced that it planned to look into our large-scale deployment of
caffeine, retroactively" (raw multi_news-val-2559) is the writer's paraphrase and irony."""


def writers_aside(text: str, start: int, end: int) -> bool:
    """Whether reported words are the writer's own, by `_THIRD_THEN_FIRST` from their start."""
    if text[start - 1 : start] in OPEN:
        return False
    return _THIRD_THEN_FIRST.match(text, start, end) is not None


_NO_SUBJECT = re.compile(rf"(?:{CLAUSE_VERBS}|should|must)\s")


def no_subject(text: str, start: int) -> bool:
    """Whether reported words, outside a quotation, open on a verb: their subject is what a
    relative clause holding the speaker hangs on ("Talks on the details of a trigger, which
    several Senators and aides said was still being tweaked Sunday, included ...": raw 112
    [3]; "an internal battery that Lenovo says will power the gigantic device": 211), and
    the words shown alone are a fragment. A quotation's words ("she “is into action.”") are
    the speaker's as printed."""
    return (start == 0 or text[start - 1] not in OPEN) and _NO_SUBJECT.match(
        text, start
    ) is not None


_THAT_AS_SUBJECT = re.compile(
    r"(?<=\sthat\s)(?:needs|is|was|has|had|will|would|should|must|can|could|remains|seems"
    r"|(?:is|was|does|did|has|had|wo|would|ca|could|should)n['’]t)\s"
)


def that_as_subject(text: str, start: int) -> bool:
    """Whether reported words open on a verb after "that": the word was their subject, what
    the writer's sentence before named ("Gov. John Kasich said in a CNN town hall event
    Tuesday that needs to change": raw multi_news-val-4035, the leaders' focus; "Critics say
    that isn't nearly enough": raw 65 [2], the stipend), and the words shown alone name
    nothing."""
    return _THAT_AS_SUBJECT.match(text, start) is not None


_TOLD_BY_FIRST_NAME = re.compile(r"\btold\s+(?P<name>[A-Z][a-z]+)\s+(?:that\s+)?$")


def addressees_pronoun(text: str, who: str, start: int, article: str) -> bool:
    """Whether reported words open on "he"/"she" right after "told <first name>", where one
    called by surname tells one the article calls by first name: the person the story
    follows, whom the pronoun may stand for as well as the speaker, and shown apart from
    the sentence it reads as the speaker's ("Kolb told Paula she had something called
    saline biotoxin illness": raw multi_news-val-530, Paula Blades' illness). "Sandoval
    told Reid he had not made a final decision" (Harry Reid, a surname) stays Sandoval's."""
    if not text.startswith(("he ", "she "), start) or not who.istitle() or " " in who:
        return False
    told = _TOLD_BY_FIRST_NAME.search(text, max(0, start - 30), start)
    if told is None:
        return False
    name = told["name"]
    full = re.search(rf"\b{name}\s+[A-Z][a-z]+", article)
    surname = re.search(rf"(?<=[a-z,]\s)[A-Z][a-z]+\s+{name}\b", article)
    return full is not None and surname is None and person_named(full[0]) is not None


_NAMED_FIRST_CLAUSE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]+ed\b[^;]*?(?:,\s+and|;)\s"
)


def first_clause_subject(text: str, who: str, who_start: int, start: int) -> bool:
    """Whether reported words open on "he"/"she" in a clause after one whose subject is
    someone named, not the speaker: the pronoun stands for that person, and the words shown
    apart from the sentence read as the speaker's own or the story's subject's ("Seif
    promised "historic" reforms in Libya if protests stop, and on Monday state TV said he
    had formed a commission": raw multi_news-val-5397, Seif al-Islam's commission, not
    his father's)."""
    if not text.startswith(("he ", "she "), start):
        return False
    first = _NAMED_FIRST_CLAUSE.match(text, 0, who_start)
    if first is None or first["name"] in who or who in first["name"]:
        return False
    return person_named(first["name"]) is not None
