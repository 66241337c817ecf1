"""A "he" or "she", "the man", "The couple", "The actress" or "They" shown where no line before
says who.

A quotation credited to "he" or "she" whom no line shown before names (raw 86's '"It's
without a doubt going to be the governor's most difficult challenge," he said.', Grimm's,
shown after Fallin's "she said") is `speaker_unshown`'s (docs/journal/summary.md, "Summary a
reader sees, thirtieth pass (stop 37)"); so is, since the thirty-sixth pass, a line naming
no one that speaks of a "he" or "she" with no person before it ("By the next afternoon his
temperature had shot to 104.6, ...", raw 241, Tim Monahan named only in the line before).
A line shown before it that writes a capitalised word excuses it only when it is the
sentence right before ("... against Johnson ...", raw 246) or names someone or opens on a
name ("Eastwood takes us ...", raw 181): further up, "American servicemen" (raw 155) is no
"he" (thirty-eighth pass). So is "the man" where no line shown before speaks of anyone
(`person_unmet`, raw 164), and "The couple" where no line of its article shown before tells
a couple (`couple_unmet`, raw 213), and an opening "They" whose sentence before opens on the
plural it stands for, which no line shown before writes (`they_unmet`, raw 115's co-workers;
eighty-first pass), or brings in people by a count or as "other" (raw 55's "... met other
women ...", `pronouns_apart.people_brought_in`; hundred-and-sixth pass). So is an epithet
for someone ("The actress, who starred in two "Fantastic Four" movies, told CNBC ...", raw
199) shown below a line of another article, or below one of its own past a row naming
someone else (`epithet_unmet`, hundred-and-fourth pass). A naming
sentence opening on a name it speaks of as the other of "he" and "she" tells its "he" beside
her: only that sentence shown names him (raw 198's senator, forty-fourth pass).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from chorus.language.quotations import QUOTED
from chorus.shown_alone import OPENERS
from chorus.summarize.leaning import names_someone
from chorus.summarize.pronouns_apart import people_brought_in
from chorus.summarize.read_again import READ_AGAIN
from chorus.summarize.steps_apart import rows_apart
from chorus.summarize.surnames import FIRST_NAME, NAME, SURNAME, unowned

_NAMES = re.compile(NAME)
_PRONOUN_CREDIT = re.compile(
    r"[”\"],?\s+(he|she)\s+(?:said|says|added|told|continued|explained|wrote)\b"
)
"""A quotation credited to "he" or "she", the credit closing the sentence or going on ('...,"
she said on CNN's "State of the Union."', raw 86)."""
_SAME_ONE = {
    "he": re.compile(r"\b(?:he|him|his|He|His)\b"),
    "she": re.compile(r"\b(?:she|her|She|Her)\b"),
}
"""The words that speak of one "he" (or one "she") outside quotations."""


_ONE_SPOKEN_OF = re.compile(
    r"[hHsS](?<!\w.)(?<! or .)(?:(?<=h)(?:e|im|is|er)|(?<=H)(?:e|is|er)|(?<=[sS])he)\b(?! or )"
)
"""A "he" ("he", "him", "his", "He", "His") or "she" ("she", "her", "She", "Her") spoken of;
not anyone's ("in his or her entire extended family"). It opens on the words' first letters
and looks back for a word's start (`\b` first left the engine no letter to scan for): a
search over the 25,252 sentences of raw validation and DUC 69 → 24 ms, the same matches."""
_SHE = frozenset(("she", "her", "She", "Her"))
_PEOPLE = (
    "child|kid|baby|teen|teenager|student|patient|suspect|officer|victim|driver|singer|star|"
    "player|author|writer|director|owner|veteran|soldier|worker|person|friend|resident"
)
_PERSON_BEFORE = {
    "he": re.compile(rf"\b(?:man|boy|father|son|husband|brother|actor|{_PEOPLE})\b"),
    "she": re.compile(rf"\b(?:woman|girl|mother|daughter|wife|sister|actress|{_PEOPLE})\b"),
}
"""A person named by what they are, whom a "he" or "she" after it stands for ("... showed
the boy in a hospital bed with a blue and white stuffed rabbit on his lap", raw 75)."""
_OPENS_ON_NAME = (
    rf"\W*(?!(?:{OPENERS}|His|Her)\b){FIRST_NAME}\b"
    r"(?!\s+(?:of|to|for|in|on|at|by|from|with|he|she|they|we|it)\b)"
)
_NAMED_FIRST = re.compile(_OPENS_ON_NAME)
"""A capitalised first word that is no opener, pronoun, day or month, nor a noun before its
preposition ("Results of toxicology ...", raw 150), nor an adverb before its subject ("Soon
she was pregnant.", raw 155): most often a name ("Alcorn reportedly taught the girl in
several of her classes.", raw 4)."""
_NAMED_SUBJECT = re.compile(rf"{_OPENS_ON_NAME}|[^,]*,{_OPENS_ON_NAME}")
"""The same, or such a word opening the clause after an opening phrase ("In his Newsweek
article, Alexander asserts ...", raw 212)."""
_FIRST_WORD = re.compile(r"\W*[A-Z][\w’'-]*")
_SAID_OPENING = re.compile(r"[\s(\[]*(He|She)\s+(?:said|says|told|added|explained|wrote)\b")
"""A line opening on its credit to "he" or "she" ("He said he was in Los Angeles on Tuesday.",
raw 99's publicist Solters, named only in the sentence before): a place it writes after
("Los Angeles") names no one who speaks."""
_NAMED_CLAUSE = re.compile(rf"(?:[^,]*,)+{_OPENS_ON_NAME}\s+[a-z]+(?:ed|s)\b")
"""A name opening the clause after two opening phrases or more, its verb next ("On
Wednesday, when asked about the police cars, Crump described the deployment as routine.",
raw 99, before '“This escort was handled ...,” she said in an e-mail.')."""


@lru_cache(maxsize=READ_AGAIN)
def _one_unnamed(text: str) -> str | None:
    """The "he" or "she" a text credits its quotation to, or, in a text that names no one
    and opens on no name, the first it speaks of outside its quotations with no person or
    name before it ("By the next afternoon his temperature had shot to 104.6, ...", raw
    241; not "... a woman in Virginia called to say she thought ...", 155); None when there
    is none. Kept for the next reading order (`read_again`)."""
    opening = _SAID_OPENING.match(text)
    if opening is not None:
        return opening.group(1).lower()
    if " he " in text or " she " in text:
        credit = _PRONOUN_CREDIT.search(text)
        if credit is not None:
            return credit.group(1)
    bare = QUOTED.sub(" ", text)
    one = _ONE_SPOKEN_OF.search(bare)
    if one is None or _NAMED_SUBJECT.match(bare) or names_someone(bare):
        return None
    kind = "she" if one.group() in _SHE else "he"
    # a person or a name before it is whom it stands for ("... Michelle's new interview ...
    # in which she said, ...", raw 28)
    first = _FIRST_WORD.match(bare)
    named = _NAMES.search(bare, first.end() if first else 0, one.start())
    return None if named or _PERSON_BEFORE[kind].search(bare, 0, one.start()) else kind


def speaker_unshown(
    texts: Sequence[str], shown: Sequence[int], first_rows: Sequence[int]
) -> list[tuple[int, int]]:
    """The rows of `shown` (a summary in the order shown, rows of `texts`; `first_rows` are
    the articles' first rows) that credit a quotation to "he" or "she", or name no one and
    speak of one (`_one_unnamed`: "By the next afternoon his temperature had shot to ...",
    raw 241), where the reader cannot tell who: the line shown right before is no earlier
    sentence of their article naming someone, opening on a name, speaking of that "he" or
    "she" or, when it is the sentence right before, writing a name, and no line shown
    before them writes a capitalised word of their article's nearest earlier sentence
    naming someone or opening on a name (raw 86's Grimm, named two sentences above '"It's
    without a doubt going to be the governor's most difficult challenge," he said.', shown
    after Fallin's "she said"). Each comes with that naming sentence's row."""
    marked = []
    words: dict[int, set[str]] = {}
    for at, row in enumerate(shown):
        one = _one_unnamed(texts[row])
        if one is None:
            continue
        start = max((first for first in first_rows if first <= row), default=0)
        naming = next((n for n in range(row - 1, start - 1, -1) if _naming(texts[n])), None)
        if naming is None:
            continue
        names = _names_in(texts[naming])
        beside = _opens_on_other(texts[naming], one)
        if beside is not None:
            # its "he" is the one it tells of beside her, whom no line above it names
            names.discard(beside)
        names -= _others_of(texts[naming], texts[row])
        if at and (start if beside is None else naming) <= shown[at - 1] < row:
            before = QUOTED.sub(" ", texts[shown[at - 1]])
            # a capital further up may be a nationality ("American servicemen", raw 155)
            written = shown[at - 1] == row - 1 and _names_in(before)
            if written or _names_one(texts[shown[at - 1]]) or _SAME_ONE[one].search(before):
                continue
        if not names:
            continue
        for other in shown[:at]:
            if other not in words:
                words[other] = set(_WORD.findall(texts[other]))
        if all(names.isdisjoint(words[other]) for other in shown[:at]):
            marked.append((row, naming))
    return marked


_WORD = re.compile(r"[\w-]+")


def _names_one(text: str) -> bool:
    """Whether a text names someone (`leaning.names_someone`) or opens on a name
    ("Martinez had Williams syndrome, ...", raw 75)."""
    return names_someone(text) or _NAMED_FIRST.match(QUOTED.sub(" ", text)) is not None


def _naming(text: str) -> bool:
    """Whether a text names someone, opens on a name, or opens a later clause on a name
    before its verb (`_NAMED_CLAUSE`)."""
    return _names_one(text) or _NAMED_CLAUSE.match(QUOTED.sub(" ", text)) is not None


_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]*)*")


def _others_of(naming: str, text: str) -> set[str]:
    """The words of each name the naming sentence writes whose last word `text`, speaking of
    its "he" or "she", writes too: that one is another ("His findings illustrate some of
    Selznick's concerns ...", raw 39, Bernstein's, whose naming sentence ends on "the
    film's producer, David O. Selznick"), and a line above writing them names no "he"."""
    own = set(_WORD.findall(QUOTED.sub(" ", text)))
    runs = (run.group().split() for run in _NAME_RUN.finditer(QUOTED.sub(" ", naming)))
    # a name's last word is its surname; a title before it ("Senate Majority Leader Bob
    # Dole", raw 86) may be any line's word
    return {unowned(word) for run in runs if unowned(run[-1]) in own for word in run}


def _opens_on_other(text: str, one: str) -> str | None:
    """The name a naming sentence opens on when it speaks of the other one of "he" and
    "she" alone, outside quotations: that name is the other one, and the sentence tells of
    its "he" (or "she") beside them ("Gillibrand reveals that one male Senator, after she
    lost about 50 pounds, came up behind her ...", raw 198, before '“Don’t lose too much
    weight now," he told her.'). None otherwise."""
    bare = QUOTED.sub(" ", text)
    other = "she" if one == "he" else "he"
    subject = SURNAME.match(bare)
    if subject is None or _SAME_ONE[one].search(bare) or not _SAME_ONE[other].search(bare):
        return None
    return unowned(subject.group(1))


def _names_in(text: str) -> set[str]:
    """The capitalised words a text writes outside its quotations, its first word aside
    when that opens a sentence or is a pronoun ("Johnson" of "A grand jury issued six
    indictments against Johnson ...", raw 246), a possessive's "’s" taken off."""
    bare = QUOTED.sub(" ", text)
    first = _FIRST_WORD.match(bare)
    skip = first.end() if first is not None and not _NAMED_FIRST.match(bare) else 0
    return {unowned(name) for name in _NAMES.findall(bare, skip)}


_THE_ONE = re.compile(
    r"the(?<!\wthe)\s+(?:man|woman|boy|girl)\b(?![’']s)"
    r"(?!\s*(?:who|whom|whose|that|in|with|from|of|at|named|called|known|accused|suspected)\b)"
)
"""A person the line takes as met already ("bring the man up into the copter", raw 164),
not one it says which ("the man in his 50s with rectal cancer", raw 216), nor one whose
something the line tells of ("... and Hernandez had two of the boy’s children.", raw 59).
"the" read first, its word's start looked back for, for the engine to scan for it."""


def person_unmet(texts: Sequence[str], shown: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order) apart from the row before them
    that speak of "the man" (or woman, boy, girl: `_THE_ONE`) where no line shown before,
    nor the row before those words, writes a person noun or a "he" or "she": raw 164's "The
    Coast Guard deployed a diver who was able to bring the man up into the copter.", shown
    after the search with the missing swimmer never told. A name does not count: a body's
    ("Coast Guard") reads as one."""
    marked = []
    for n, row in rows_apart(shown):
        bare = QUOTED.sub(" ", texts[row])
        one = _THE_ONE.search(bare)
        if one is None:
            continue
        before = [QUOTED.sub(" ", texts[other]) for other in shown[:n]]
        before.append(bare[: one.start()])
        if not any(_met(text) for text in before):
            marked.append(row)
    return marked


_AGED = re.compile(r"-year-old\b|\bparents?\b")
"""A person told by age or by kin ("The parents of a 2-year-old ... believe the boy was
abducted.", raw 62 as briefed)."""


def _met(text: str) -> bool:
    """Whether a text writes a person noun, an age, a parent or a "he" or "she"
    (`_PERSON_BEFORE`, `_AGED`, `_ONE_SPOKEN_OF`)."""
    return any(
        pattern.search(text) for pattern in (_ONE_SPOKEN_OF, _AGED, *_PERSON_BEFORE.values())
    )


_THE_COUPLE = re.compile(r"[\s(\[“\"]*The\s+couple\b")
_COUPLE_MET = re.compile(
    r"\b(?:couple|pair|husband|wife|spouse|boyfriend|girlfriend|married|parents)\b"
    r"|\bthe\s+[A-Z][a-z]+s\b"
    r"|\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+"
)
"""A couple told: by what they are ("a California couple", "her husband"), by their family
name ("the Kellers", raw 152) or as two names ("Dan and Fran Keller")."""


def couple_unmet(
    texts: Sequence[str], shown: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `shown` (a summary in its shown order; `first_rows` are the articles'
    first rows) opening on "The couple" apart from the row before them, where no line of
    their article shown before tells a couple (`_COUPLE_MET`): raw 213's "The couple even
    made People Magazine’s list of the Greatest Love Stories ...", Popeye and Olive Oyl of
    its sentence before, shown where the only couple told is another article's song's."""
    marked = []
    for n, row in rows_apart(shown):
        if not _THE_COUPLE.match(texts[row]):
            continue
        start = max((first for first in first_rows if first <= row), default=0)
        own = [texts[other] for other in shown[:n] if start <= other < row]
        if not any(_COUPLE_MET.search(QUOTED.sub(" ", text)) for text in own):
            marked.append(row)
    return marked


_THEY = ("They ", "They’", "They'")
"""An opening "They" ("They're used as ...", raw 215), read as a literal."""
_PLURAL_SUBJECT = re.compile(
    r"[\s(\[]*(?:The|These|Those|Both|All|Many|Some|Most|Two|Three|Four|Five|Six|Seven|Eight"
    r"|Nine|Ten|\d+)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?!(?:was|has|this|his|its|does|days|weeks|months|years|hours|minutes|times)\b)"
    r"([a-z][a-z-]*[^\W\dsu]s|men|women|children|people)"
    r"\s+(?:(?:also|then|later|had|have|were|are|will|would|could|can|did|do|may|might)\b"
    r"|[a-z]+ed\b)"
)
"""A sentence opening on a plural subject and its verb ("The co-workers had pooled their money
...", raw 115; "The youths were dressed ...", DUC 22): an opening "They" after it stands for
them (15 of the 16 such pairs over raw + DUC; 153's "The photos were taken ..., police said."
/ "They say ..." the one other). Not a time ("Two days later") nor a verb ("The story was")."""


def they_unmet(texts: Sequence[str], shown: Sequence[int], first_rows: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order; `first_rows` are the articles' first
    rows) opening on "They" apart from the row before them, where that row opens on a plural
    subject (`_PLURAL_SUBJECT`), or brings in people (`people_brought_in`: "Through Dr. Kolb,
    Anne Ziegenhorn met other women ...", raw 55), whose noun no line shown before writes:
    the "They" stands for people or things the reader never met (raw 115's "They relied on
    one member of their group, Americo Lopes, ...", its "The co-workers had pooled their
    money ..." not shown, below a lottery official's quotation). A "They" inside a quotation
    is its speaker's."""
    marked = []
    for n, row in rows_apart(shown):
        if not texts[row].startswith(_THEY) or row in first_rows:
            continue
        subject = _PLURAL_SUBJECT.match(texts[row - 1])
        # ... or people it brings in ("met other women ...", raw 55)
        noun = people_brought_in(texts[row - 1]) if subject is None else subject.group(1)
        if noun is None:
            continue
        if not any(noun in _WORD.findall(texts[other].lower()) for other in shown[:n]):
            marked.append(row)
    return marked


_EPITHETS = (
    "actress|actor|singer|singer-songwriter|songwriter|rapper|star|winner|frontman|frontwoman|"
    "comedian|comedienne|musician|guitarist|drummer|mogul|billionaire|host|celebrity|starlet|"
    "diva|crooner|heiress|socialite"
)
_EPITHET_OPENING = re.compile(
    rf"[\s(\[]*The\s+(?:[\w\"“”'’.-]+,?\s+){{0,4}}?(?:{_EPITHETS})(?:['’]s)?(?![\w-])"
    r"(?!,?\s+[A-Z])(?!\s+(?:of|who|whom|that|in|at|for)\b)"
)
"""A subject "The" and a trade a person is known by, up to four words before it, naming no
one ("The actress, who starred in two "Fantastic Four" movies, told CNBC ...", "The Oscar
winner's line ...", "The singer, actress and reality TV star started her brand ...", raw
199; "The former "Ugly Betty" star was on her way ...", 51): an epithet for someone its page
named before. Not one a name follows ("The Oscar winner Jim Broadbent") nor one its phrase
says which ("The winner of the lottery", "The singer who ...")."""


def epithet_unmet(
    texts: Sequence[str], shown: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `shown` (a summary in its shown order; `first_rows` are the articles'
    first rows) opening on an epithet (`_EPITHET_OPENING`), no article's first, shown below
    no line of their article, or below one with a row of their article between naming
    someone no line shown before names: the epithet then reads as that line's person (raw
    199's "The actress, ... told CNBC that the company had $150 million ...", Jessica Alba
    of "Jessica Alba, The Honest Company" and "Alba co-founded ...", shown below "Simpson
    still has a stake in the company, ..."). Right below its line before, or below one of
    its article with only unnamed rows between (51's "The former "Ugly Betty" star ..."
    below "Yet Ferrera didn't seem ruffled ...", past "She declined comment ..."), it is
    that person's."""
    marked = []
    for n, row in rows_apart(shown):
        text = texts[row]
        if not text.startswith("The ") or row in first_rows or not _EPITHET_OPENING.match(text):
            continue
        start = max(first for first in first_rows if first <= row)
        before = shown[n - 1] if n else -1
        if not start <= before < row:
            marked.append(row)
            continue
        met = {name for other in shown[:n] for name in _names_in(texts[other])}
        if any(_names_in(texts[skipped]) - met for skipped in range(before + 1, row)):
            marked.append(row)
    return marked
