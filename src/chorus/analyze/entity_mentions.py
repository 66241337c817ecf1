"""Where a cluster's entity names are written: every whole-word match of their forms in one
text, found with `str.find` (entities.py lists them), and how often a one-word name is
written in lower case ("Monkeys" beside "monkeys": a common noun, not listed); the
names only ever written as a piece of a longer title-case name ("Chemical Weapons"); and
the one-word groups and towns written as a speaker and after a first name ("Frank Newport",
"Newport said"): a person's surname."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from chorus.analyze.entity_cues import PERSON_BEFORE, SPEECH_AFTER, runs_on
from chorus.analyze.entity_lists import DOTTED_SPELLINGS
from chorus.analyze.entity_windows import NOT_NAMES, is_word
from chorus.analyze.model import EntityLabel, Excerpt

COMMON_LETTERS = 5
"""Letters a word needs for its lower case to be weighed: the search for a shorter one's
letters after the first ("ill" of "Will", "ran" of "Iran") finds too many other words."""

_GENERATIONS = (" Jr.", " Sr.")


def mention_spans(
    text: str, forms: Iterable[str], lowered: Counter[str] | None = None
) -> list[tuple[int, int]]:
    r"""(start, end) of every match of `\b(?:form|...)\b`, longest forms first, in `text`:
    the leftmost start, the longest form there, no overlaps. Found with `str.find`:
    compiling that alternation cost half of the section (each cluster has its own). With
    `lowered`, how often each form it holds is written in lower case is counted into it."""
    longest: dict[int, int] = {}
    size = len(text)
    for form in forms:
        if lowered is not None and form in lowered:
            _match_word(text, form, longest, lowered)
            continue
        # `\b` holds at an edge of a match when the character beside it is a word
        # character and the form's own at that edge is not, or the other way round: the
        # form's are known once, so only the characters beside each match are tested.
        # A spelling of SPELLINGS closing on its initials' full stop is taken as a word
        # ("U.S. and"), as `\b` would not: read by the recognizer, "U.S." had no mentions;
        # so is a name closing on "Jr." ("Martin Luther King Jr.", read, had none), and
        # three initials with full stops ("G.O.P.", "F.B.I.", entity_folds.py) and two
        # closing a name ("Louis C.K."). Not two alone: the recognizer reads them as places
        # ("D.C. (Duck-chul) Lee", "Eben Alexander, M.D.", "360 B.C."), and a state's after
        # its town ("Buffalo, N.Y.") is a second row for the town's place.
        opens = is_word(form[0])
        closes = (
            is_word(form[-1])
            or form in DOTTED_SPELLINGS
            or form.endswith(_GENERATIONS)
            or (
                form[-1] == "."
                and form[-3:-2] == "."
                and (form.count(".") == 3 or (form.count(".") == 2 and " " in form))
            )
        )
        length = len(form)
        start = text.find(form)
        while start >= 0:
            end = start + length
            # `is_word` written out: a call per character beside each match cost more than
            # the test
            if (
                end > longest.get(start, start)
                and (start > 0 and ((c := text[start - 1]).isalnum() or c == "_")) != opens
                and (end < size and ((c := text[end]).isalnum() or c == "_")) != closes
            ):
                longest[start] = end
            start = text.find(form, start + 1)
    found, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            reached = longest[start]
            found.append((start, reached))
    return found


_CALENDAR = frozenset(
    (
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
    )
)
_NEXT_WORD = re.compile(r"[ -]([A-Z][a-z]+)\b")


def opens_another_name(text: str, end: int) -> bool:
    """Whether a surname written alone, ending at `end`, runs on into a title-case word
    (no weekday nor month: "fired Comey May 9"): it opens another's name or a thing's
    named for its person, and is no mention of the person ("Xiong" of "Xiong Guoming"
    beside the coach Zhang Xiong, "Paul" of "Rep Paul Ryan" beside Rand Paul, "Glenn" of
    "Glenn Poshard" beside John Glenn, "Trump" of "Trump Tower", "Mandela" of "the Mandela
    United Football Club")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word[1] not in _CALENDAR


def has_a_lower_case(name: str) -> bool:
    """Whether a name is one capitalised word of COMMON_LETTERS or more ("Monkeys", not
    "NASA", "Ed" or "Colchester Zoo"): one whose lower case `common_nouns` weighs."""
    one_word = len(name) >= COMMON_LETTERS and " " not in name
    return one_word and name[0].isupper() and not name.isupper()


def _match_word(text: str, form: str, longest: dict[int, int], lowered: Counter[str]) -> None:
    """`mention_spans` for one capitalised word, its lower-case writings counted in the same
    pass: the search for its letters after the first finds both ("onkeys" in "Monkeys"
    and "monkeys"), where a second search of the text cost as much as the first."""
    capital, small, rest = form[0], form[0].lower(), form[1:]
    closes, size, length = is_word(form[-1]), len(text), len(form)
    at = text.find(rest, 1)
    while at >= 0:
        start, end = at - 1, at - 1 + length
        first = text[start]
        # `is_word` written out, as in `mention_spans`
        if (
            first in (capital, small)
            and not (start > 0 and ((c := text[start - 1]).isalnum() or c == "_"))
            and (end < size and ((c := text[end]).isalnum() or c == "_")) != closes
        ):
            if first == small:
                lowered[form] += 1
            elif end > longest.get(start, start):
                longest[start] = end
        at = text.find(rest, at + 1)


_JOINS = (" of the ", " for the ", " on the ", " of ", " for ", " & ")
"""What joins the title-case words of one long name ("the Convention on the Prohibition of
Chemical Weapons", "the Royal Hospital for Neuro-disability", "the Law & Justice party"),
longest first: "on" alone is where a post is written ("Users on Reddit")."""
HOLDERS = frozenset(
    (
        *("President", "Chairman", "Chairwoman", "Chair", "Director", "Secretary", "Minister"),
        *("Governor", "Mayor", "Head", "Chief", "CEO", "COO", "CFO", "Founder", "Leader"),
        *("Speaker", "Commissioner", "Ambassador", "Spokesman", "Spokeswoman", "Editor"),
        *("Professor", "Dean", "Member", "Members", "Democrat", "Democrats", "Republican"),
        *("Republicans", "Senator", "Senators", "Correspondent", "Captain", "Coach"),
    )
)
"""Capitalised words of a post or a side before "of" or "on the", which join no name: "the
Chairman of the Federal Reserve", "the ranking Democrat on the House Homeland Security
Committee" name the body on its own."""
_JOIN_STARTS = (" of ", " for ", " by ")


def cut_before_a_post(
    listed: Mapping[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> list[str]:
    """People's full names every mention of which runs on into a post's word (HOLDERS): a
    span the recognizer cut inside a title, no person ("Hobart Lord" of "Hobart Lord Mayor
    Ron Christie", a town and the first word of its mayor's title; the one such name on the
    280 raw and DUC clusters); and names of any label closing on a post's first word every
    mention of which runs on into its second ("Delaware County District" of "Delaware County
    District Attorney Jack Whelan", raw 95, a place)."""
    return [
        name
        for name, found in listed.items()
        # a capital after the first mention's space rules out most names before any call
        if found[0].article.text[found[0].end + 1 : found[0].end + 2].isupper()
        and " " in name
        and (
            (all(map(_before_a_post, found)) and label(name) == "person")
            or _inside_a_post(name, found)
        )
    ]


_POSTS_OPENED = {"District": " Attorney", "Lord": " Mayor", "Attorney": " General"}
"""Posts of two words by their first: "District Attorney", "Lord Mayor"."""


def _inside_a_post(name: str, found: Sequence[Excerpt]) -> bool:
    rest = _POSTS_OPENED.get(name.rpartition(" ")[2])
    return rest is not None and all(m.article.text.startswith(rest, m.end) for m in found)


def cut_before_a_surname(listed: Mapping[str, list[Excerpt]]) -> list[str]:
    """Names every mention of which runs on into an Irish surname or a person listed by
    their surname alone: a first name the recognizer cut at the surname's apostrophe, read
    alone as something else ("Ford" of "GOP strategist Ford O’Connell", raw 238, listed as
    the carmaker), or a title and a first name cut from a one-word name ("Air Chief Marshal
    Angus" of "... Angus Houston", raw 218, an organisation beside "Houston"). Not listed:
    the person is not read whole."""
    # "Houston", read as the city, is a person's surname by its speaker's cue only later
    surnames = {name for name in listed if " " not in name}
    return [
        name
        for name, found in listed.items()
        # both run on into a space and a capital: one test rules out most names
        if found[0].article.text[found[0].end + 1 : found[0].end + 2].isupper()
        and (
            (" " not in name and all(_O_SURNAME.match(m.article.text, m.end) for m in found))
            or all(_before_a_surname(m, surnames) for m in found)
        )
    ]


def heads_of_posts(
    listed: Mapping[str, list[Excerpt]], cut: Iterable[str]
) -> dict[str, list[Excerpt]]:
    """The mentions of names `cut_before_a_post` cut inside a post, each short of its last
    word, by the listed name they open: "Travis County" of "Travis County District Attorney
    Margaret Moore" (raw 152, the county's mentions in two of its three outlets)."""
    heads: dict[str, list[Excerpt]] = defaultdict(list)
    for name in cut:
        head, _, last = name.rpartition(" ")
        if head in listed:
            heads[head] += (replace(m, end=m.end - len(last) - 1) for m in listed[name])
    return heads


def _before_a_surname(mention: Excerpt, surnames: Collection[str]) -> bool:
    text = mention.article.text
    if text[mention.end : mention.end + 1] != " ":
        return False
    word = _NEXT_WORD.match(text, mention.end)
    return word is not None and word[1] in surnames


_O_SURNAME = re.compile(r" O['’][A-Z][a-z]")


def _before_a_post(mention: Excerpt) -> bool:
    word = _NEXT_WORD.match(mention.article.text, mention.end)
    return word is not None and word[1] in HOLDERS


_GOES_ON = re.compile(r" (?:(?:of|for)(?: the)?|by) [A-Z]")
"""A longer name going on after a mention: "the Florida Department of Law Enforcement", "the
Proceedings of the National Academy of Sciences" (cut by the recognizer before "of"); a
shop's or a product's name before its maker's, "Furs by Graf", "Brightspace by D2L"."""
_SENTENCE_OPENS = frozenset(".!?:;\"“‘'([")


def piece_of_a_longer_name(text: str, start: int, names: Collection[str]) -> bool:
    """Whether a mention from `start` in an article's `text` is the end of a longer title-case
    name the recognizer did not read whole: right after a capitalised word and "of", "for"
    or "on the" ("Chemical Weapons" of "the Convention on the Prohibition of Chemical
    Weapons", "Thrones" of "Game of Thrones"). Not after a name of its own or a person's
    surname in `names` (the forms names are matched by), a post or a side (HOLDERS), a run
    of capitalised words opening a sentence ("Members of Congress") or after a word only
    people are called by ("reporter Paul Wagner of WTTG-TV"), nor after a comma ("David
    MacDonald, of Dingwall History Society")."""
    head = text[max(start - 60, 0) : start]
    join = next((j for j in _JOINS if head.endswith(j)), None)
    if join is None:
        return False
    words = head[: -len(join)].split()
    word = words[-1] if words else ""
    if not word[:1].isupper() or not word[-1].isalnum() or word in HOLDERS or word in names:
        return False
    # back over the capitalised run the word ends, to the word before it
    at = len(words) - 1
    while at and words[at - 1][:1].isupper():
        at -= 1
    # a run from the head's start may open a sentence: too far back to tell, left
    opener = words[at - 1] if at else "."
    return opener[-1] not in _SENTENCE_OPENS and opener not in PERSON_BEFORE


def cut_before_a_join(text: str, end: int) -> bool:
    """Whether a mention ending at `end` in an article's `text` runs on into "of", "for" or
    "by" and a capitalised word: the start of a longer name ("Florida Department" of "the
    Florida Department of Law Enforcement")."""
    return _GOES_ON.match(text, end) is not None


def pieces_of_longer_names(
    listed: Mapping[str, list[Excerpt]],
    label: Callable[[str], EntityLabel],
    names: Collection[str],
) -> list[str]:
    """Names written only as a piece of a longer title-case name the recognizer did not read
    whole: its end (`piece_of_a_longer_name`: "Chemical Weapons" of "the Convention on the
    Prohibition of Chemical Weapons", an organisation in the seeds) or its start
    (`cut_before_a_join`: "Florida Department" of "the Florida Department of Law
    Enforcement"). A person's full name is left ("Ueli Steck of Switzerland"), and so is a
    place at a name's end: after "of" it is most often a person's place. `names` are the
    forms names are matched by (`Recognized.aliases`)."""
    pieces = []
    for name, found in listed.items():
        # one look at the first mention rules out most names, before any call (a `map` of
        # attrgetters over the first mentions ran fewer opcodes and took ~2x the CPU)
        first = found[0]
        text = first.article.text
        if not text.startswith(_JOIN_STARTS, first.end) and not text.endswith(
            _JOINS, 0, first.start
        ):
            continue
        kind = label(name)
        if kind == "person" and " " in name:
            continue
        ends = kind != "place"
        if all(
            cut_before_a_join(m.article.text, m.end)
            or (ends and piece_of_a_longer_name(m.article.text, m.start, names))
            for m in found
        ):
            pieces.append(name)
    return pieces


def outlets(mentions: Sequence[Excerpt]) -> int:
    """How many outlets the mentions are in. A set comprehension: `set(map(attrgetter(
    "article.outlet"), ...))` ran fewer opcodes but took ~2x the CPU (a dotted attrgetter
    is slow in Python 3.11)."""
    return len({mention.article.outlet for mention in mentions})


def speakers_named_in_full(names: Iterable[str], listed: dict[str, list[Excerpt]]) -> list[str]:
    """One-word names of `names`, organisations and places no cue word settled, first
    written right after a first name ("Gallup Editor in Chief Frank Newport"), as news
    first names a person, and once or more before a verb of speech ("“...,” Newport
    said"): a person's surname the recognizer read alone as a group or a town ("Rubio" of
    "Sen. Marco Rubio", "Houston" of "Air Chief Marshal Angus Houston", "Sheeran" of "Ed
    Sheeran"). A group speaks too ("Northwestern said in a statement", "American Airlines
    said") but is not written after a first name; on the 280 raw and DUC clusters the four
    above were the only such names. Only the first mention is looked at for the first
    name: a group that speaks is written dozens of times. A one-word person among `names`
    stays one."""
    return [
        name
        for name in names
        if " " not in name
        and _after_a_first_name(listed[name][0], listed)
        and any(map(_before_speech, listed[name]))
    ]


def _before_speech(mention: Excerpt) -> bool:
    return mention.article.text.startswith(SPEECH_AFTER, mention.end)


_CLOSING_QUOTES = "\"'”’"
_SENTENCE_ENDS = (".", "!", "?", ":", "")


def _after_a_first_name(mention: Excerpt, listed: Collection[str]) -> bool:
    """Whether `mention` comes right after a capitalised word that opens no sentence, is
    no listed name itself ("Miami Heat") and is none of the words opening a sentence
    (NOT_NAMES), and runs on into no capitalised word. String tests, no pattern: a
    group that speaks is written dozens of times, most after a lower-case word."""
    text, start = mention.article.text, mention.start
    if text[start - 1 : start] != " ":
        return False
    space = text.rfind(" ", max(start - 16, 0), start - 1)
    word = text[space + 1 : start - 1]
    if (
        space < 0
        or not word[:1].isupper()
        or not word[1:].isalpha()
        or not word[1:].islower()
        or word in NOT_NAMES
        or word in listed
        or runs_on(text[mention.end : mention.end + 2])
    ):
        return False
    gap = text[max(space - 11, 0) : space + 1]
    before = gap.rstrip()
    if not before or "\n" in gap[len(before) :]:
        return False
    last = before[before.rfind(" ") + 1 :]
    # "Sen. Marco Rubio": a title's full stop ends no sentence; ",” Frank Newport" neither
    return last in PERSON_BEFORE or before.rstrip(_CLOSING_QUOTES)[-1:] not in _SENTENCE_ENDS


_SWAPPED = (" of the ", " for the ")


def misnamed_in_quotes(
    listed: Mapping[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, str]:
    """Organisations written only inside quotation marks whose name with "of the" and "for
    the" swapped is listed and written outside them, each mapped to that name: a speaker's
    misnaming ("the National Endowment of the Arts" in Stallone's statement, raw 11, beside
    the writer's National Endowment for the Arts), one body."""
    found = {}
    # a name holding neither, most of them, is looked at once
    for name in [n for n in listed if " of the " in n or " for the " in n]:
        mentions = listed[name]
        for one, other in (_SWAPPED, _SWAPPED[::-1]):
            if (
                one in name
                and (right := name.replace(one, other)) in listed
                and label(name) == "organisation"
                and all(map(_quoted, mentions))
                and not all(map(_quoted, listed[right]))
            ):
                found[name] = right
    return found


def _quoted(mention: Excerpt) -> bool:
    text = mention.article.text
    line = text[text.rfind("\n", 0, mention.start) + 1 : mention.start]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")
