"""Which sentences may state a fact, support one or stand alone as one outlet's: agreement.py
asks these of every sentence it links or lists. A caption, a question, a sentence cut where
the splitter took a title or an initial for its end, a colon's lead-in, a reader's
instruction: none reports what it seems to.
"""

from __future__ import annotations

import re

from chorus.analyze.quoted_remarks import quotes_from
from chorus.analyze.quotes import INVERTED_VERBS, SPEECH_VERBS
from chorus.language.quotations import QUOTED_WITH_SINGLES

MIN_WORDS = 8
"""Shorter lines are headlines, datelines and captions, not statements of fact."""
MIN_SUPPORT_WORDS = 3
"""Shorter supports name a topic and state nothing: "Tax cuts." under "it's unclear how
effective the tax cuts would be", "Kimble v." under a ruling in it. Of the supports of
three words in the raw validation clusters most were one fact ("Somebody got shot.",
"We are lost.": a remark repeated)."""
_CLOSING = tuple(".!?\"”’')")
_OPENING_MARKS = ('"', "“", "‘")
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’])[a-z]")
"""A word that opens in lower case: a line without one is a caption or a list of names
("Florida Lottery Timothy Poole Timothy Poole (Florida Lottery)", "Google Gnome")."""
_BOX_HEADING = re.compile(r"[A-Z]{2,}(?:\s+[A-Z]{2,})+\s+[A-Z][a-z]")
"""Words in capitals and then a capitalised word opening a line: a box's heading glued to
its text ("FMRI SCANNING Functional Magnetic Resonance Imaging measures ...", raw 125), a
page's aside, not the story's report."""
_SHORT = 30
"""Characters under which a sentence may have fewer than MIN_SUPPORT_WORDS words: only
those are split into words."""
_CUT_AT = frozenset(
    ("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt")
)
"""Titles a sentence is cut after where the splitter took their full stop for its end: "...
efforts to persuade mr.", "... the news media was identifying mrs." (in text written in
lower case, which the splitter's titles do not match), DUC's "... because they didn't want
Sen." at a line's end; an initial in lower case too: "Gorgosaurus -- one of the t.", "its
decision in Kimble v.". What it says goes on in the next sentence. Not a capital initial:
"Avenues J and K.", "HP Bay Park I." end sentences."""
_UNITS = frozenset(("jr", "sr", "oz", "lbs", "no", "st", "inc", "co", "corp", "ltd"))
"""Abbreviations besides titles that a splitter may take for a sentence's end ("... weighing
6 lbs., 8 oz." / "And measured 20 inches long.")."""
_OPENERS = frozenset(
    (
        *("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That"),
        *("These", "Those", "His", "Her", "Their", "Its", "Our", "My", "In", "On", "For"),
        *("But", "So", "While", "When", "After", "Before", "As", "If", "Since", "Although"),
        *("There", "Then", "Now", "Yet", "With", "By", "From"),
    )
)
"""Words that open a sentence, not a surname: after one, a lower-case letter alone ended a
name or a term ("jay z.", "hepatitis c.", "king james i.", "gen y."; 38 of the 41 such
letters before one in 9,872 Multi-News+ and raw clusters). Not "And" (Multi-News+
capitalises a word after a full stop: "robert f. And maureen mcdonnell") nor "At"
("blogger marc r. At coolgadgets.com")."""
_FILE_CAPTION = re.compile(r"file\s*[-–—]\s", re.IGNORECASE)
"""An agency's caption of a file photo ("FILE - In this Jan. 8, 2018 file photo, ...",
"File - casey kasem accepts a radio icon award ..."), which the cleaning keeps when its
case is not the agency's ("File - in this ..." in text written in lower case)."""
_AGENCY_TAG = re.compile(r"\(\s*(?:ap|reuters|afp)\s*\)", re.IGNORECASE)
"""Where a story glued after its caption opens ("... ( associated press ) copenhagen,
denmark ( ap ) — norway on monday mourned ..."): the sentence tells the story too."""
_UNRELATED = re.compile(r"In (?:an? )?(?:unrelated|separate) (?:case|incident|matter)s?\b")
"""A sentence that says it tells of another matter: "In unrelated cases, Denver prosecutors
charged two women Friday with sexually assaulting children" is no support of "DENVER – A
33-year-old woman faces sexual assault of a child charges ..." (0.42 and up, their wording
alike: TF-IDF 0.26)."""
_FIRST_PERSON = re.compile(
    r"\b(?:(?<!War )I|i(?= )(?<![.'’-]i)(?<!war i)|[Ww]e|WE|[Oo]ur|OUR|[Mm]y|us|me)\b"
)
"""The writer's or an unnamed speaker's voice ("we at Billboard Dance take a moment"), "i"
too where the text is written in lower case ("... and rare letters and photographs, i have
pieced together what happened on an average day ...": a book's author on its page), "WE"
and "OUR" where it is written in capitals (a fundraising page's shout "WE CAN AND MUST DO
MORE TO PROTECT OUR CHILDREN ...", raw 122 [2]; "US" would be the country). One
`\b` before all the words: the search, tried on every candidate unique item, took ~60%
longer with the lower-case "i" as an alternative of its own."""
_WE = re.compile(r"\b(?:[Ww]e|us|[Oo]ur)\b")
_ASKED = re.compile(r'(?:"[^"]*|“[^”]*|‘[^’]*)\?["”’]')
"""A sentence that opens with a quoted question ('“You want to know who my customer is?” he
asked.'): what it reports is a question, whoever asks it."""
TITLE_WORDS = 8
"""Words of the longest title a line may name (names_a_title)."""
_CUT_OFF = ("...", "…")
"""An ellipsis that ends a sentence, before any closing marks: a teaser cut short before its
link ("... emerge spontaneously from simple ..."), or a quotation whose end was left out."""
_SUBJECTLESS = re.compile(
    r"(?:Accused|Arrested|Booked|Charged|Cited|Convicted|Indicted|Sentenced) "
    r"(?:with|of|to|for|on|in)\b"
)
"""A verb of a charge or sentence and a preposition opening a line (`subjectless`). Over
the 250 raw validation clusters' linked inputs, any verb in "-ed" and a preposition with no
comma after opened only lines with no subject: raw 8's six "Charged with ...", but also
80's "Upgraded to 5.0.1 this morning." (a tweet quoted twice) and 213's "Directed by Darren
Romanelli." (a credit), whose pairs with the other outlet's line were right."""
_CLICK = re.compile(r"\b[Cc]lick(?:ing)?\b")
"""A page's instruction to its reader ("Click on the banner ... to watch", "Or click to see
a full list of fundraisers"), as one opening with "Please" is: neither reports a fact."""
_INSTRUCTION = re.compile(r"(?:[Pp]lease|[Cc]lick|(?:To|For) [^.!?:;>]*\b[Cc]lick)\b")
"""A sentence opening with an instruction to its reader, or with the purpose of one ("To
see more about her book, ..., click here.")."""
_ADVICE = re.compile(r"(?:(?:As for|For) [^,]{1,40},\s+)?(?:[Dd]on['’]t|[Dd]o not) [a-z]")
"""Advice in the writer's voice, opening the sentence or after "As for ...," ("As for adults,
don't worry about napping as a memory aid.", raw 93, leading into an expert's quotation):
whose advice it is, the writer does not say."""
_ADVICE_OPENINGS = frozenset(("As", "Fo", "Do", "do"))
"""The first letters `_ADVICE` can match: a set test spares most sentences its match."""
_SPEAKING = re.compile(
    r"\b(?:{})\b".format("|".join(map(re.escape, {*SPEECH_VERBS, *INVERTED_VERBS, "asked"})))
)
_SELF_SPEAKING = re.compile(
    r"\b(?:[Ii]|[Ww]e) (?:{})\b".format("|".join(map(re.escape, {*SPEECH_VERBS, "asked"})))
)
"""A speech verb whose subject is the writer ("I asked one of our hosts why ..."): it
names no speaker."""


def informative(text: str, following: str = "") -> bool:
    """True for a full sentence long enough to state a fact, no caption and no list line
    without a subject (`following`: the sentence after it, see `cut_at_abbreviation`)."""
    # the cheap ending first; words counted up to MIN_WORDS only (each sentence's text is
    # read once by its caller: a Sentence slices its article at each reading)
    return (
        text.endswith(_CLOSING)
        and len(text.split(None, MIN_WORDS - 1)) >= MIN_WORDS
        and not ends_opening_quotation(text)
        and not is_caption(text)
        and not cut_at_abbreviation(text, following)
        and not subjectless(text)
    )


def subjectless(text: str) -> bool:
    """True for a line that opens with a verb of a charge and a preposition and holds no
    comma ("Charged with eight counts of permitting a minor ..."): its subject is the line
    before (a name in a list of six men, raw 8), so it may be anyone's, and states or
    supports nothing alone. With a comma the verb opens a phrase before the subject
    ("Arrested in 2014, Smith ...")."""
    return "," not in text and _SUBJECTLESS.match(text) is not None


def ends_opening_quotation(text: str) -> bool:
    """True for a sentence cut off where a quotation opens: "The university in turn issued a
    statement saying it \"", "... he added \" the 13th amendment is slavery ... \" and \"".
    A straight mark closes as often as it opens, so it opens here when the sentence holds an
    odd number of them and a word, not a stop, comes before it (a quotation of several
    sentences opens in an earlier one: "... right now. \"")."""
    if text.endswith("“"):
        return True
    return text.endswith('"') and text[:-1].rstrip()[-1:].isalnum() and text.count('"') % 2 == 1


def can_state(text: str, following: str = "") -> bool:
    """Whether a sentence may state a fact others agree on: informative, no question, not of
    another matter and no instruction to the reader."""
    return (
        informative(text, following)
        and not asks(text)
        and not of_another_matter(text)
        and not instructs_reader(text)
        and not names_a_title(text)
    )


def names_a_title(text: str) -> bool:
    """True for a line that names a work: titles in quotation marks (each of at most
    TITLE_WORDS words, no stop inside, every word of four letters or more capitalised) and,
    around them, only words opening with a capital (a listicle's heading 'Mobb Deep –
    “Survival of the Fittest” (Wonderboy Remix)', a track list's '"Survival of the
    Fittest"', raw 21): like a caption, it names and states nothing."""
    titles = QUOTED_WITH_SINGLES.findall(text)
    return (
        bool(titles)
        and all(map(_titled, titles))
        and _LOWER_CASE_WORD.search(QUOTED_WITH_SINGLES.sub(" ", text)) is None
    )


def _titled(quotation: str) -> bool:
    words = quotation.strip("\"“”‘’' ,").split()
    return (
        0 < len(words) <= TITLE_WORDS
        and not any(mark in quotation for mark in ".!?")
        and all(word[0].isupper() for word in words if len(word) > 3)
    )


def instructs_reader(text: str) -> bool:
    """True for a sentence that is a page's instruction to its reader ("Please ...", "To
    see more about her book, "The Naked Truth About Breast Implants," click here.", raw
    55): it reports no fact, and as a support it agrees only by the title it links to. A
    sentence whose prompt the splitter left glued after it ("Although the judge ruled
    dalton fit to stand trial, ... >>scroll down to watch ...; app users click here.",
    Multi-News+ 887) still says its fact."""
    return _INSTRUCTION.match(text) is not None


def voices_apart(a: str, b: str) -> bool:
    """Whether one sentence is a quotation in the first person that names no speaker and
    the other tells what an unnamed "He" or "She" did, no speech reported: neither says
    whom it tells of, so only a word in common would show them one person's ("I got these
    sores all over my upper torso ..." / "She had sores all over her body.", another
    woman, raw 55)."""
    return (_speakerless(a) and _unnamed_deed(b)) or (_speakerless(b) and _unnamed_deed(a))


def speakers_apart(a: str, b: str) -> bool:
    """Whether one sentence speaks for an unnamed "we" and the other is a quotation it
    credits to someone, neither quoting the other: "Coach Magwood has devoted countless
    hours ... and we want to honor him ..." (the park staff) / ""He's done so much for
    everyone in the community. ...," Eberhart said." (raw 25) are two voices. An unnamed
    "I" is most often the credited speaker's own post (Trump's tweet and his quoted "i
    would have done even better ...", Multi-News+ 5494)."""
    return (
        ((_unvoiced(a) and _credited(b)) or (_unvoiced(b) and _credited(a)))
        and not quotes_from(a, b)
        and not quotes_from(b, a)
    )


def _unvoiced(text: str) -> bool:
    return _WE.search(QUOTED_WITH_SINGLES.sub(" ", text)) is not None and not states_a_fact(text)


def _credited(text: str) -> bool:
    return text.startswith(_OPENING_MARKS) and states_a_fact(text)


def _speakerless(text: str) -> bool:
    return text.startswith(_OPENING_MARKS) and not states_a_fact(text)


def _unnamed_deed(text: str) -> bool:
    return text.startswith(("He ", "She ")) and _SPEAKING.search(text) is None


def cut_at_abbreviation(text: str, following: str = "") -> bool:
    """True for a sentence that ends where the splitter took a title or an initial for a
    full stop ("... to persuade mr.", "Kimble v."): it states half of what it says. Not at
    an initial the `following` sentence of its article (when known) answers with a word
    that opens sentences: "... is a big fan of jay z." before "The former potus had ..."."""
    if not text.endswith("."):
        return False
    # the last word from the sentence's last six characters (no title is longer than
    # four letters): a search of the sentence took ~0.1 ms a cluster
    last = text[-6:-1].rpartition(" ")[2]
    if len(last) == 1 and last.islower():
        return following.split(" ", 1)[0] not in _OPENERS
    return last.lower() in _CUT_AT


def rest_of_sentence(text: str, before: str) -> bool:
    """True for the rest of a sentence the splitter cut at an abbreviation: one that opens
    with "And" or "But" and a verb in "-ed" (no subject: "But backed out earlier in the
    afternoon, ...") after a sentence that ends with a clock's "p.m.", an initial or a unit
    ("... at 4: 30 p.m."). Multi-News+ capitalises any word after a full stop. Of the 11
    sentences so opening in the raw validation and the first 2,500 Multi-News+ validation
    clusters, the 6 after such an ending are all such rests; of the others, "But stressed
    mice with the gene developed ..." and "And indeed ..." are sentences."""
    if not text.startswith(("And ", "But ")) or not before.endswith("."):
        return False
    verb = text[4:].split(" ", 1)[0]
    last = before.rpartition(" ")[2][:-1]
    cut = "." in last or len(last) == 1 or last.lower() in _CUT_AT | _UNITS
    return cut and verb.endswith("ed") and verb.isalpha() and verb != "indeed"


def ends_at_initial(text: str) -> bool:
    """Whether a sentence ends with a lower-case letter alone ("jay z.", "lyndon b."): only
    then does `cut_at_abbreviation` read the sentence after it."""
    return text[-3:-2] == " " and text.endswith(".") and text[-2:-1].islower()


def asks(text: str) -> bool:
    """True for a sentence that ends with its own question mark, not a quotation's ("What
    about impeachment?", "Facebook bought what now?"): it reports no fact to agree on."""
    return text.rstrip(")").endswith("?")


def can_support(text: str, following: str = "") -> bool:
    """False for a caption, a box's heading glued to its line (`_BOX_HEADING`), a
    question, a sentence ending with a colon, one cut at an abbreviation, one of fewer
    than MIN_SUPPORT_WORDS words, a list line without a subject (`subjectless`) and one
    that says it tells of another matter ("In unrelated cases, ...") or names a work
    (`names_a_title`): none states what a
    statement reports. A colon's sentence leads into what follows ("Comedian/talk show host
    Steve Harvey, ..., tweeted early Monday:", "Full transcript of President Obama's
    remarks ..., as released by the White House:"): what it reports is there."""
    return not (
        is_caption(text)
        or asks(text)
        or text.endswith(":")
        or _BOX_HEADING.match(text) is not None
        or cut_at_abbreviation(text, following)
        or (len(text) < _SHORT and len(text.split()) < MIN_SUPPORT_WORDS)
        or of_another_matter(text)
        or subjectless(text)
        or names_a_title(text)
    )


def of_another_matter(text: str) -> bool:
    """True for a sentence that says it tells of another matter than the one before ("In
    unrelated cases, ..."): it agrees with no other outlet's story, as statement or
    support."""
    return text.startswith("In ") and _UNRELATED.match(text) is not None


def is_caption(text: str) -> bool:
    """True for a line whose every word opens with a capital: it names, and states nothing.
    A line in capitals only ("BACK IN 1999 DEPUTIES ARRESTED ...") is a sentence shouted.
    True too for an agency's caption of a file photo that no story follows."""
    # a slice's test first: the caption's pattern, tried on every linked sentence, cost more
    if text[:4].lower() == "file" and _FILE_CAPTION.match(text):
        return _AGENCY_TAG.search(text) is None
    return _LOWER_CASE_WORD.search(text) is None and not text.isupper()


def states_a_fact(text: str) -> bool:
    """False for a question (also one quoted before its speaker), a sentence cut off with
    an ellipsis, a page's instruction to its reader ("Please ...", "click ...") or advice
    to them ("As for adults, don't worry ...": `_ADVICE`) and a
    sentence that names no speaker (outside its quotation marks no
    "said", "told", "according to" ... whose subject is not "I" or "we") while it speaks in
    the first person or is mostly a quotation: the reader of a lone item cannot tell who
    holds it. An opening title ('"Where" charted from January ...') is no such quotation."""
    # its end past closing marks, read once: a question's mark or an ellipsis (`_CUT_OFF`,
    # whose search of the whole text cost ~5x the slice)
    end = text.rstrip("\"”’')")
    if end.endswith(("?", *_CUT_OFF)) or _ASKED.match(text):
        return False
    if text.startswith(("Please ", "please ")) or ("lick" in text and _CLICK.search(text)):
        return False
    if text[:2] in _ADVICE_OPENINGS and _ADVICE.match(text):
        return False
    # Most sentences neither open with a quotation nor use the first person anywhere: they
    # skip the two scans below, which took unique() from ~0.2 to ~0.3 ms a cluster.
    if not text.startswith(_OPENING_MARKS) and not _FIRST_PERSON.search(text):
        return True
    outside = QUOTED_WITH_SINGLES.sub(" ", text)
    if _SPEAKING.search(_SELF_SPEAKING.sub(" ", outside)):
        return True
    if _FIRST_PERSON.search(outside):
        return False
    return not text.startswith(_OPENING_MARKS) or len(outside.split()) > len(text.split()) / 2
