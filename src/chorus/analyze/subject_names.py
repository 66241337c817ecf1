"""Names a sentence opens with and whether a capitalised run may be a person's: the
subject `pronouns.py` follows ("UK Foreign Secretary William Hague welcomed ..."), words
that open sentences but name no one ("In July", "Earlier"), a surname the article
introduces with a first name. Split from `pronouns.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from chorus.language.found_speakers import BENCH_TITLE, bare_name
from chorus.language.speakers import HONORIFIC, NAME_PARTICLE, ROLE_NOUN, ROLE_NOUNS

LEAD = r"(?:(?:But|And|Yet|So|Still|Meanwhile)\s+)?(?:[^,“”\"]{1,60},\s+)?"
"""What may open a sentence before its subject: a conjunction, a phrase and its comma."""
OPENING_WORDS = (
    *("In", "On", "At", "For", "After", "Before", "During", "When", "While", "If", "As", "By"),
    *("With", "From", "Since", "Until", "Last", "This", "That", "These", "Those", "It", "Its"),
    *("Their", "His", "Her", "Our", "My", "Your", "Some", "Many", "Most", "All", "Both", "Each"),
    *("Every", "Other", "Another", "Such", "What", "Why", "How", "Where", "Who", "Which"),
    *("According", "Despite", "Although", "Though", "Because", "Yet", "So", "Then", "Now"),
    *("Here", "There", "Also", "Still", "Even", "Only", "Just", "Not", "No", "Asked"),
    *("Speaking", "Meanwhile", "However", "Instead", "Later", "Earlier", "Today", "Yesterday"),
    *("But", "And", "Or", "The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Let"),
)
"""Capitalised words that open a sentence but no name ("In July, ...", "Another
Republican ...", "When POLITICO sought ...", "“Let Trump take credit ...”": not another
Trump than Donald Trump, multi_news-val-5041)."""
OPENING_WORD = re.compile(rf"(?:{'|'.join(OPENING_WORDS)})\b(?!\.)")
_FIRST_NAME = re.compile(r"[A-Z][a-z’']+")
_NOT_FIRST_NAMES = frozenset(OPENING_WORDS)
_FIRST_NAME_REACH = 30
_MENTIONS_READ = 3
"""A surname's first mentions read for its first name: reading every one cost ~0.01 ms a
raw cluster more, for one quote more in the 250 (an article opening "Gadhafi ...")."""


@lru_cache(maxsize=1024)
def written_as_surname(text: str, word: str) -> bool:
    """Whether `text` writes `word` as a person's surname: after a first name and a space
    in one of its first mentions, where a person is introduced ("Mark McCaffrey", "Libyan
    leader Muammar Gaddafi"; not "If Google"), never in lower
    case ("Universal Search"), and a word of letters (not "I", "HQ", "Anastasio's"). Asked
    of a one-word subject no name read so far ends with (a few an article): found with
    `str.find`, where a pattern made for each word cost its compiling (~5 ms a call)."""
    if word.isupper() or not word.isalpha():
        return False
    at = _whole_word_at(text, word)
    for _ in range(_MENTIONS_READ):
        if at < 0:
            return False
        if text[at - 1 : at] == " " and _first_name_before(text, at - 1):
            return not _has_whole_word(text, word.lower())
        at = _whole_word_at(text, word, at + 1)
    return False


def _first_name_before(text: str, end: int) -> bool:
    """Whether the word that ends at `end` may be a first name: capitalised, not joined to
    the word before ("Mexican-American Ferrera"), no word that opens sentences ("If
    Google")."""
    before = text[max(0, end - _FIRST_NAME_REACH) : end]
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return _FIRST_NAME.fullmatch(word) is not None and word not in _NOT_FIRST_NAMES


def _whole_word_at(text: str, word: str, start: int = 0) -> int:
    """Where `word` stands as a whole word in `text` from `start`, -1 if nowhere: found with
    `str.find`, or, a capitalised word in a long article, in its index (a find for a word
    an article lacks, or has no more of, read the rest of it: once for each subject
    asked of, 1.4 s of a 4.5 MB article's)."""
    if indexed(text, word):
        places = capitalised_at(text).get(word, [])
        for at in places[bisect_left(places, start) :]:
            if (
                not text[at - 1 : at].isalnum()
                and not text[at + len(word) : at + len(word) + 1].isalnum()
            ):
                return at
        return -1
    at = text.find(word, start)
    while at >= 0:
        if _whole(text, at, at + len(word)):
            return at
        at = text.find(word, at + 1)
    return -1


def _whole(text: str, start: int, end: int) -> bool:
    return not text[start - 1 : start].isalnum() and not text[end : end + 1].isalnum()


def _has_whole_word(text: str, word: str) -> bool:
    """Whether `text` has `word` as a whole word: in a long article, in the set of its words."""
    if len(text) >= INDEXED_LENGTH and word.isalnum():
        return word in _whole_words(text)
    return _whole_word_at(text, word) >= 0


INDEXED_LENGTH = 1_000_000
"""An article this long or longer has its words indexed once; the index cost as much as
~300 subjects' finds in the article, which a million characters are asked of."""
_ALNUM_RUN = re.compile(r"[^\W_]+")
"""Letters and digits, as `str.isalnum` reads them: a whole word is one such run."""
_CAPITALISED_RUN = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]*")


def indexed(text: str, word: str) -> bool:
    """Whether `word`'s mentions in `text` are looked up in `capitalised_at`: a word of
    letters with a capital (A-Z) first, in a long article."""
    return (
        len(text) >= INDEXED_LENGTH and word[:1].isascii() and word.isalpha() and word[0].isupper()
    )


@lru_cache(maxsize=4)
def capitalised_at(text: str) -> dict[str, list[int]]:
    """Where each run of letters with a capital (A-Z) first and no letter before it stands
    in an article, in order: each mention of a capitalised word of letters that no letter
    follows ("Smith," not "Smithson"), found once for the article."""
    index: dict[str, list[int]] = {}
    for found in _CAPITALISED_RUN.finditer(text):
        index.setdefault(found[0], []).append(found.start())
    return index


@lru_cache(maxsize=4)
def _whole_words(text: str) -> frozenset[str]:
    return frozenset(_ALNUM_RUN.findall(text))


def opening_word(who: str) -> bool:
    """Whether a speaker found at a sentence's start is a word that opens it ("Earlier",
    "Meanwhile"), not a name."""
    return OPENING_WORD.match(bare_name(who)) is not None


_OF_WHAT = r"(?:\s+of\s+[a-z]+)?"
"""What a title is of, in lower case: "dean of students Mary Spellman" (multi_news-val-3536)."""
_RUN_WORD = (
    rf"(?:{HONORIFIC}|[A-Z][\w.&-]*\s+|(?:{ROLE_NOUN}){_OF_WHAT}\s+(?=[A-Z])"
    rf"|{NAME_PARTICLE}\s+(?=(?:{NAME_PARTICLE}\s+)?[A-Z]))"
)
_RUN_END = rf"(?=,|\s+(?:\([^()]{{1,25}}\)\s+)?(?:(?!{NAME_PARTICLE}\s|al-[A-Z])[a-z]|\d))"
"""A run ends before its verb or a comma; not before an Arabic surname's "al-" ("The
group's leader, Col. Riad al-Asaad, refused to comment ..." is Riad al-Asaad's, whom the
next "he said" stands for: multi_news-val-290)."""
_TWO_PHRASES = r"[A-Z][^,“”\"]{1,30},\s+(?:when|after|as|while|asked)\s[^,“”\"]{1,60},\s+"
"""A time or place and a clause before the subject: "On Wednesday, when asked about the
police cars, Crump described ..." (multi_news-val-1760), hers the next "she said"."""
_NAMED = re.compile(
    rf"(?:{_TWO_PHRASES}|{LEAD})(?P<run>{_RUN_WORD}{{0,6}}?(?:al-)?[A-Z][\w’'-]*){_RUN_END}"
)
"""A run of capitalised words (a lower-case title may stand inside it: "Dark Mofo curator
Jarrod Rawlins") that opens a sentence and is followed by its verb or a comma."""
_TITLE = rf"(?:[a-z]+-)?(?:{ROLE_NOUN}){_OF_WHAT}"
_TITLE_THEN_NAME = re.compile(
    rf"\s+{_TITLE}(?:\s+and\s+(?:[a-z]+\s+){{0,2}}?{_TITLE})?\s+{_RUN_WORD}{{0,5}}?[A-Z][\w’'-]*{_RUN_END}"
)
"""A title and a name after a run `_NAMED` ended: the run goes on ("Claremont McKenna dean
of students Mary Spellman stepped down" is about Spellman, not "Claremont McKenna");
tried after the match, as a lookahead in `_NAMED` cost a try at each of its ends. Two
titles joined by "and" go on too: "HQ co-founder and recently replaced CEO Rus Yusupov was
more blunt on Twitter. “...,” he admitted in a tweet" is Yusupov's (multi_news-val-2404)."""


_TITLE_FIRST_WORDS = frozenset(noun.split()[0] for noun in ROLE_NOUNS)
_TITLE_REACH = 1 + max(map(len, _TITLE_FIRST_WORDS))
"""The first words of titles, looked up before `_TITLE_THEN_NAME` is tried (most runs end
before a verb)."""


_TWO_WORD_PLACE_OPENERS = r"(?:New|North|South|East|West|San|Santa|Los|Las|El|Saint|St\.?|Sri|Hong)"
_OF_PLACE_THEN_NAME = re.compile(
    rf"\s+of\s+(?!{_TWO_WORD_PLACE_OPENERS}\s)[A-Z][\w’'-]+\s+"
    rf"(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+){_RUN_END}"
)
"""A capitalised title's place of one word and the name after it, to the run's end: "Mayor
of London Sadiq Khan led the short ceremony. Addressing the attackers, he said: “...”" is
Khan's (raw multi_news-val-2851's BBC page), where the run stopped at "Mayor"; not after a
place's first word of two ("Mayor of New York ..."), where the place's second word would
read as a first name."""


def subject_run(text: str) -> tuple[str, int] | None:
    """The run of capitalised words a sentence opens with as its subject, and its end."""
    named = _NAMED.match(text)
    if named is None:
        return None
    end = named.end()
    if (
        text.startswith(" of ", end)
        and named["run"].lower() in _TITLE_FIRST_WORDS
        and (place := _OF_PLACE_THEN_NAME.match(text, end))
    ):
        return place["name"], place.end()
    after = text[end + 1 : end + _TITLE_REACH].split(None, 1)
    # a title's first word, or a prefixed one ("co-founder"), inline: asked of every run
    first = after[0] if after else ""
    titled = first in _TITLE_FIRST_WORDS or (
        "-" in first and first.partition("-")[2] in _TITLE_FIRST_WORDS
    )
    if titled and (title := _TITLE_THEN_NAME.match(text, end)):
        end = title.end()
    return text[named.start("run") : end].strip(), end


TITLE_END = re.compile(
    rf"^(?:.*\s)?(?:(?i:{ROLE_NOUN}){_OF_WHAT}\s+|{HONORIFIC}|(?:Commissioner|Deputy)\s+"
    rf"|[A-Za-z]+ologist\s+|{BENCH_TITLE})"
)
"""Everything up to the last title word of a run: "UK Foreign Secretary | William Hague",
"NWSL Commissioner | Jeff Plush" (multi_news-val-889: a title only capitalised),
"Meteorologist | Eric Schwibs" (2484: a science's practitioner), "Alderman | Christie" (2053:
a council's title, no first name)."""

ORGANISATION = re.compile(
    r"\b(?:News|House|Department|Ministry|Office|Council|Committee|University|Center|Centre"
    r"|Institute|Foundation|Association|Agency|Bureau|Commission|Service|Board|Society"
    r"|School|College|Court|Party|Bank|Museum|Times|Post|Journal|Press|County|City|State|States"
    r"|Police|Hurricane|Storm|Street|Airport|Hospital|Company|Inc|Corp|Group|Senate|Congress"
    r"|Republicans?|Democrats?|Democratic|Navy|Army|Fleet|Forces|Marines|Guard|Airlines|Airways"
    r")\b|['’]s\b"
)
"""Words of a capitalised run that name no person ("Fox News", "Google’s Knowledge
Graph"), so a sentence opening with it changes no one's place as the subject."""


_GERUND = re.compile(r"[A-Z][a-z]{3,}ing(?=\s)")
"""A verb's "-ing" that opens a sentence before a name: "Nominating Sandoval would carry
clear political risks" (multi_news-val-1779) is about Sandoval, and "he" no "Nominating
Sandoval"; seven letters or more, so not "Ewing", "Irving" (of the 33 such words that open a
sentence before a capitalised word in the 250 raw and 30 DUC clusters, none is a name)."""


_ACRONYM = re.compile(r"^[A-Z]{3,}\s+(?=[A-Z][a-z])")
"""An acronym before a name is no first name: "DACA Trump learned ...", a page's links run
together in multi_news-val-426, is about Trump (the acronym names a topic or an agency)."""


@lru_cache(maxsize=4096)
def person_named(run: str) -> str | None:
    """The name in a run of capitalised words, without its title, if it may be a person's
    (names recur in an article: read once)."""
    if ORGANISATION.search(run):
        return None
    opening = OPENING_WORD.match(run) or _GERUND.match(run)
    if opening is not None:
        # "For Lasse Gustavsson, having the right words ..." names Lasse Gustavsson
        run = run[opening.end() :].lstrip()
        return person_named(run) if " " in run else None
    return bare_name(TITLE_END.sub("", _ACRONYM.sub("", run, count=1)))
