"""Speakers that stand for an organisation, a paper or an office, and surnames that name
someone else: whether "it" in the next sentence may stand for a speaker
(`speaks_as_it`), whether a speaker's words came from its office (`spoken_for`), whether
an article names another person by a surname another article gave in full
(`names_another`) and, by a relation's apposition, who the surname is then (`kin_of`);
an office named by its head's initials as the article named it in full (`spelled_out`).
Split from `pronouns.py`, which follows whom "he" and "she" stand for.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import takewhile

from chorus.analyze.subject_names import OPENING_WORD, TITLE_END, capitalised_at, indexed
from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.language.given_name_forms import SHORT_FORMS
from chorus.language.quote_alternation import by_first_letter
from chorus.language.quote_names import unaccented
from chorus.language.speaker_documents import DOCUMENTS
from chorus.language.speakers import HONORIFIC, ORGANISATION_HEADS, SPEAKING_FOR

_FOR_OWNER = re.compile(rf"['’]s\s+(?i:{by_first_letter(SPEAKING_FOR)})\b")


_NAME_REACH = 80
"""How far after where a speaker was found its name may start (after "But the ..." or an
honorific that `bare_name` took off)."""


def _name_at(text: str, speaker: str, speaker_start: int) -> int:
    """Where the speaker's name stands in the article, -1 if not near where it was found:
    a find bounded so (an unbounded `str.find` in a long article cost 10 µs a call)."""
    return text.find(speaker, speaker_start, speaker_start + _NAME_REACH + len(speaker))


def spoken_for(text: str, speaker: str, speaker_start: int) -> bool:
    """Whether a speaker's words came from its office or spokesperson ("according to the
    U.S. attorney’s office"): no one a later "he" or "she" can stand for."""
    at = _name_at(text, speaker, speaker_start)
    return at >= 0 and _FOR_OWNER.match(text, at + len(speaker)) is not None


_OFFICE = re.compile(r"['’]s\s+(?:[Oo]ffice|campaign)\b")


def office_of(text: str, speaker: str, speaker_start: int) -> str | None:
    """The office that spoke for a speaker, as the article writes it, if one did: "a
    statement from Mr Macron’s office" (seed 001) speaks of "the president of the
    republic" as a third person, and "according to the sheriff’s office"
    (multi_news-val-5012) is no sheriff's word, nor is "McSally’s campaign also tweeted that
    she was ..." (1144) hers; a spokesman still speaks for its owner."""
    # a find in C first: one speaker in a hundred speaks through an office
    reach = speaker_start + _NAME_REACH + len(speaker) + 12
    if (
        text.find("ffice", speaker_start, reach) < 0
        and text.find("campaign", speaker_start, reach) < 0
    ):
        return None
    at = _name_at(text, speaker, speaker_start)
    office = _OFFICE.match(text, at + len(speaker)) if at >= 0 else None
    return text[at : office.end()] if office is not None else None


_ABBREVIATED = re.compile(r"(?P<short>[A-Z]{2,4})['’]s\s+[Oo]ffice")


def spelled_out(text: str, office: str, before: int) -> str:
    """An office its article names by its head's initials ("the DA’s office") as the article
    named it in full before `before` ("a release from the Denver district attorney’s
    office": raw 59 [2]; "identified by the Los Angeles County District Attorney's Office":
    raw 161 [3]), with the capitalised words of the place before it: one body, one speaker.
    Census, all raw + DUC text: "XX’s office", 5, the 4 whose initials an earlier "...
    District Attorney’s Office" spells (raw 59, raw 161 ×3); raw 227's "IRS’s office of
    chief counsel" spells none."""
    short = _ABBREVIATED.fullmatch(office) if office[:2].isupper() else None  # a test first
    if short is None:
        return office
    named = list(_in_full(short["short"]).finditer(text, 0, before))
    return named[-1][0] if named else office  # the last before: the nearest naming


@lru_cache(maxsize=16)
def _in_full(initials: str) -> re.Pattern[str]:
    """An office whose head's words start with `initials`, after up to four capitalised
    words naming its place ("Los Angeles County"), not a sentence's "The"."""
    spelled = r"\s+".join(f"[{c}{c.lower()}][a-z]+" for c in initials)
    return re.compile(rf"\b(?:(?!The\b)[A-Z][\w.-]*\s+){{0,4}}{spelled}['’]s\s+[Oo]ffice\b")


_MIDDLE_INITIAL = re.compile(r"\s[A-Z]\.(?=\s)")
_PARTICLES = ("da", "de", "del", "di", "do", "dos", "du", "van", "von", "der", "bin", "al")
_PARTICLE_BEFORE = tuple(f" {particle} " for particle in _PARTICLES)
_WORD_BEFORE = re.compile(rf"(?<![\w.’'-])[A-Z][a-z’'-]+\s+(?:(?:{'|'.join(_PARTICLES)})\s+)?$")
"""The word before a surname, with a particle between them ("Manuel da Silva")."""
_PARTICLE_SURNAME = re.compile(rf"\s(?:{'|'.join(_PARTICLES)})\s+\S+$")


def names_another(text: str, surname: str, full: str) -> bool:
    """Whether `text` names someone else with `surname` and never `full`, the name another
    article gave it: "Eichmann says" of an article on "Adolf Eichmann" is not the "Vera
    Eichmann" another article quoted (multi_news-val-79), nor "Ms. Davila" of an article
    naming Tanya Davila the "Jorge Davila" of another (DUC d31028t). A title or an opening
    word before the surname names no one ("President Macron", "But Macron"). An article
    naming `full` too names another by a first name and the surname written twice or more
    ("Carl Conyers" beside "Monica Conyers": multi_news-val-4100, whose "a spokesperson for
    Conyers" speaks for Rep. John Conyers; once, a capitalised word before the surname is
    as often a title, an epithet or a verb: "Adds Weir", "Guitarist Jimmy Page"); where
    `full` holds a particle, by a first name and that particle: "Gilberto Manuel da Silva"
    beside "Luiz Inacio Lula da Silva" (DUC d30025t)."""
    named_in_full = full in text
    by_particle = named_in_full and _PARTICLE_SURNAME.search(full) is not None
    twice = named_in_full and not by_particle
    plain = _MIDDLE_INITIAL.sub("", full)
    if twice:
        # the counts (two scans of the whole article, in C) only where the scan found a
        # name: it finds none in 98% of articles, and costs less than the two counts
        others = _other_firsts(text, surname, plain)
        if max(others.values(), default=0) > 1:
            return text.count(surname) - text.count(full) > 1 or _named_as_kin(text, surname, plain)
        return bool(others) and _named_as_kin(text, surname, plain)
    for at in _mentions(text, surname):
        if not by_particle or text.endswith(_PARTICLE_BEFORE, max(0, at - 5), at):
            before = _WORD_BEFORE.search(text, max(0, at - 30), at)
            # a paragraph's last word is no first name: "... Barack Obama ¶ Trump ..."
            # (multi_news-val-5041)
            first = before[0].rstrip() if before is not None and "\n\n" not in before[0] else ""
            whole = not text[at + len(surname) : at + len(surname) + 1].isalpha()
            if whole and first and _a_first_name(first) and _another(f"{first} {surname}", plain):
                return True
    return False


def _mentions(text: str, surname: str) -> Iterator[int]:
    """Where `surname` starts in `text`, in order; in a long article only where no letter
    comes before it (where a space, all its callers read, may), from the article's index
    of capitalised words (`str.find` over the whole article for each speaker's surname
    cost 2.6 s of a 4.5 MB article's)."""
    if not indexed(text, surname):
        return _found(text, surname)
    index, words = capitalised_at(text), _capitalised(text)
    after = words[bisect_left(words, surname) :]
    starting = takewhile(lambda word: word.startswith(surname), after)
    return iter(sorted(at for word in starting for at in index[word]))


def _spaced(text: str, surname: str) -> Iterator[int]:
    """Where a space before `surname` stands in `text`, in order."""
    if not indexed(text, surname):
        return _found(text, f" {surname}")
    return (at - 1 for at in _mentions(text, surname) if text[at - 1 : at] == " ")


def _found(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


@lru_cache(maxsize=4)
def _capitalised(text: str) -> list[str]:
    """The capitalised words of a long article, sorted: those a surname starts are together."""
    return sorted(capitalised_at(text))


def _other_firsts(text: str, surname: str, full: str) -> dict[str, int]:
    """How often `text` names someone other than `full` by each first name and `surname`:
    the word before each mention read by slicing (a pattern's search before each cost 4% of
    finding quotes, where a surname stands alone often), only where a space comes before the
    mention (found with it, in C). An article that opens with the surname is read no
    further (the scan long stopped at 0; kept so that no output moves)."""
    firsts: Counter[str] = Counter()
    if text.startswith(surname):
        return firsts
    end = len(surname) + 1
    for at in _spaced(text, surname):
        if not text[at + end : at + end + 1].isalpha():
            first = text[text.rfind(" ", 0, at) + 1 : at]
            if first[:1].isupper() and first[1:].isalpha():
                firsts[first] += 1
    return {
        first: times
        for first, times in firsts.items()
        if _a_first_name(first) and _another(f"{first} {surname}", full)
    }


_KIN_BEFORE = re.compile(
    r"(?P<owner>[\w’'-]+)['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+(?P<first>[A-Z][a-z’'-]+)\s+$"
)
"""Someone's relation named in apposition before a surname: "Jordan's grandmother, Jessica"."""


_LAST_REACH = 400
"""How far before a surname the full name it stands for may be read: about a paragraph."""
_FIRST_BEFORE = re.compile(r"(?<![\w.’'-])[A-Z][a-z’'-]+ $")
_INTRODUCED = re.compile(r",\s+\d{1,3},|\s+(?:said|says|told)\b")
_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Det|Rev|St|Jr|Sr|vs"
_OPENS = re.compile(
    rf"(?:^|\n|\s(?!(?:{_ABBREVIATIONS})\.)\S*[a-z0-9)][.!?][”\"]?\s|[.!?][”\"]\s)"
    rf"\s*{HONORIFIC}{{0,2}}$"
)
"""A sentence or a paragraph opening before a name, maybe with titles ("Sen. Lindsey
Graham"): a full stop after a lower-case letter, as an abbreviation's ("U.S.") is none."""


def last_named(text: str, surname: str, at: int) -> str | None:
    """The person the article introduced last by a first name and `surname`, in the
    paragraph or so before `at`: "Linda Lyons, 60, ... said ... ¶ “...,” Lyons said" is
    hers (multi_news-val-1090). Introduced: the name opens a sentence, or an age or a
    speech verb follows it ("Salah Ali, 70, the infant’s grandfather, said": 17); a name in
    passing ("her second husband Jeff Davis, a lawyer and ...", "the deaths of 6-year-old
    Rene Pasztor and ...": 230, 52) is not, nor a title or an opening word before it."""
    start, end = max(0, at - _LAST_REACH), at
    while (found := text.rfind(surname, start, end)) > 0:
        end, after = found, found + len(surname)
        first = _FIRST_BEFORE.search(text, max(0, found - 30), found)
        if first is None or text[after : after + 1].isalpha():
            continue
        name = first[0].rstrip()
        opens = _OPENS.search(text, max(0, first.start() - 40), first.start()) is not None
        if _a_first_name(name) and (opens or _INTRODUCED.match(text, after)):
            return f"{name} {surname}"
    return None


def _named_as_kin(text: str, surname: str, full: str) -> bool:
    """Whether `text` names someone other than `full` (`_other_firsts` found one), once, as
    another's relation in apposition: "Jordan's grandmother, Jessica Belliveau, said ...
    “...,” Belliveau said" (multi_news-val-2067) quotes her, not the boy Jordan Belliveau;
    a word before the surname alone is as often a title or a verb ("Adds Weir"), this
    apposition never."""
    return any(_another(f"{kin['first']} {surname}", full) for kin in _kin(text, surname))


def kin_of(text: str, surname: str) -> str | None:
    """Whom a surname two people share stands for in an article that names one as the
    other's relation, the other by first name and in full: "Jordan's grandmother, Jessica
    Belliveau" in an article on "Jordan Belliveau" makes "Belliveau" her (multi_news-val-
    2067), as the writer calls the boy "Jordan" to tell them apart; one such relation only."""
    named = {
        f"{kin['first']} {surname}"
        for kin in _kin(text, surname)
        if f"{kin['owner']} {surname}" in text
    }
    return named.pop() if len(named) == 1 else None


def _kin(text: str, surname: str) -> Iterator[re.Match[str]]:
    """The appositions that name someone's relation by `surname` ("Jordan's grandmother,
    Jessica"), each ending before the surname."""
    for at in _spaced(text, surname):
        # a comma before the first name, tested by slicing before the pattern's search
        if text[text.rfind(" ", 0, at) - 1] == ",":
            kin = _KIN_BEFORE.search(text, max(0, at - 60), at + 1)
            if kin is not None:
                yield kin


def _another(name: str, full: str) -> bool:
    """Whether `name` is not `full` said in part, nor more fully ("Luis del Valle" is the
    "Del Valle" of another article: DUC d31028t), nor `full` without its accents ("Mauril
    Belanger" of one article, "Mauril Bélanger" of another: multi_news-val-1513), nor
    `full` with the plain given name its short one stands for or the other way round
    (`SHORT_FORMS`: one article's "veteran Joseph Serna" is another's "Joe Serna", raw
    validation 0-based 67, as the entities list him)."""
    if not name.isascii() or not full.isascii():
        name, full = unaccented(name), unaccented(full)
    if full.endswith(name) or name.lower().endswith(full.lower()):
        return False
    first, _, rest = name.partition(" ")
    other, _, other_rest = full.partition(" ")
    return rest != other_rest or not (
        first in SHORT_FORMS.get(other, ()) or other in SHORT_FORMS.get(first, ())
    )


_SHOW_WORDS = frozenset(("Morning", "Evening", "Night", "Tonight", "Today", "Weekend"))
"""A broadcast's word before its host's surname, no first name: "Evening Urgant", the show
of Ivan Urgant (raw multi_news-val-33)."""


def _a_first_name(word: str) -> bool:
    return (
        TITLE_END.match(f"{word} ") is None
        and OPENING_WORD.fullmatch(word) is None
        and word not in _SHOW_WORDS
        and word not in _DATE_WORDS
    )


_DATE_WORDS = frozenset(
    (
        *(day.capitalize() for day in WEEKDAYS),
        *(month for month in MONTHS if month not in ("April", "May", "June", "August")),
    )
)
"""A day or a month before a surname is a date, no first name: "in February Trump asked"
names no other Trump than Donald Trump (multi_news-val-4035); not the months that are
first names too (April, May, June, August)."""


_INSTITUTIONS = frozenset(
    (
        *ORGANISATION_HEADS,
        *("News", "Times", "Post", "Journal", "Observatory", "Company", "Group", "Network"),
        *("Organization", "Organisation", "Fund", "Authority", "Embassy", "Administration"),
        *("Government", "newspaper", "ministry", "agency", "committee", "court", "company"),
        *("government", "network"),
        *DOCUMENTS,
    )
)
"""The last word of an organisation's or a paper's name ("State Department", "the Russian
Foreign Ministry", "the North Korean supreme court", "the statement")."""
_INITIALS = re.compile(r"[A-Z]{2,}")


def speaks_as_it(text: str, speaker: str, speaker_start: int, words_start: int) -> bool:
    """Whether "it" in the next sentence may stand for a speaker: an organisation or paper
    by the last word of its name, its initials ("FDA"), "the" before a capitalised name
    ("the Observatory said", "the Treasury said"), or its own words calling it "it"
    ("Afghanistan said it would not send a team"); never a person."""
    before = text[max(0, speaker_start - 4) : speaker_start + 4]
    return (
        speaker.rsplit(" ", 1)[-1] in _INSTITUTIONS
        or _INITIALS.fullmatch(speaker) is not None
        or (speaker[:1].isupper() and ("the " in before.lower()))
        or text.startswith(("it ", "its "), words_start)
        or _medium_before(text, speaker_start)
        or _medium_after(text, _name_at(text, speaker, speaker_start) + len(speaker))
    )


_MEDIA_BEFORE = ("newspaper", "daily", "agency", "broadcaster", "television", "radio")
_MEDIUM_BEFORE = re.compile(rf"\b(?:{'|'.join(_MEDIA_BEFORE)})\s+$")
_MEDIUM_AFTER = re.compile(r"\s+(?:news\s+agency|newspaper|daily)\b")
"""A paper or agency named as one: "the official newspaper China Sports Daily", "the
Interfax news agency" (DUC d30020t, d30034t)."""
_MEDIUM_REACH = 24


def _medium_before(text: str, speaker_start: int) -> bool:
    """`_MEDIUM_BEFORE` in the words before a speaker, searched only where they end with one
    of its nouns and a space: asked of nearly every speaker, the search tried each of its
    positions (with the test after it, a third of `speaks_as_it`'s time)."""
    start = max(0, speaker_start - _MEDIUM_REACH)
    words = text[start:speaker_start]
    if not words.rstrip().endswith(_MEDIA_BEFORE):
        return False
    return _MEDIUM_BEFORE.search(text, start, speaker_start) is not None


def _medium_after(text: str, name_end: int) -> bool:
    """`_MEDIUM_AFTER` after a speaker's name, matched only where what follows its spaces
    may open it ("news", "daily"), or is spaces alone."""
    after = text[name_end : name_end + _MEDIUM_REACH]
    rest = after.lstrip()
    if len(rest) == len(after) or (rest and not rest.startswith(("news", "daily"))):
        return False
    return _MEDIUM_AFTER.match(text, name_end) is not None
