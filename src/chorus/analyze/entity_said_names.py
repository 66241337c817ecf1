"""Names read as the wrong thing where people speak: the one-word groups and towns written
as a speaker and after a first name ("Frank Newport", "Newport said": a person's surname),
and an organisation a speaker misnames in a quote ("the National Endowment of the Arts")."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from chorus.analyze.entity_cues import PERSON_BEFORE, SPEECH_AFTER, runs_on
from chorus.analyze.entity_windows import NOT_NAMES
from chorus.analyze.model import EntityLabel, Excerpt


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
