"""Names that are a term's or a work's words: an abbreviation the text defines in brackets
after words in lower case ("critical fusion frequency (CFF)") and, in an article defining two
such, the ones it does not define ("NIF"), a word only ever written inside a title in
quotation marks ("Hell on Earth"), a wire's code in an article's closing sign-off ("jh/asz
(SID, dpa)"), and an adviser's post cut before its last word ("National Security" of
"National Security Adviser Michael Flynn")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from chorus.analyze.model import EntityLabel, Excerpt

_LOWER_WORDS_BEFORE = re.compile(r"(?<![\w-])((?:[a-z][a-z-]* ){1,6})\($")
"""Words in lower case, a space and an opening bracket right before a mention: "lateral
hypothalamic area (LHA)". A body's initials follow its capitalised name ("Federal Bureau of
Investigation (FBI)", "Royal Hospital for Neuro-disability (RHN)")."""
_TITLE = re.compile(r"[“\"]([A-Z][\w'’]*(?: [\w'’]+){1,5}?)[,.]?[”\"]")
"""A run of two to six words opening on a capital inside quotation marks, a comma or a full
stop allowed before the closing one: “Hell on Earth,”."""
_SMALL_WORDS = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"))
"""Words a title keeps in lower case; any other lower-case word makes the quotation speech."""
_AROUND = 60
_SIGN_OFF_BEFORE = re.compile(r"(?<!\S)[a-z]{1,4}(?:/[a-z]{1,4})+ \((?:\w+, )*$")
"""Editors' initials joined by slashes and a bracket of wires' codes, up to a mention:
Deutsche Welle's "jh/asz (SID, dpa)"."""
_SIGN_OFF_AFTER = re.compile(r"(?:, \w+)*\)\s*$")
_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")
_ADVISER_AFTER = re.compile(r" Advis[eo]r\b")


def terms_and_titles_words(
    words: Sequence[str], listed: Mapping[str, Sequence[Excerpt]]
) -> set[str]:
    """Of `words` (one-word names), abbreviations defined after words in lower case, words
    every mention of which is a piece of a quoted title's, and wires' codes only written in
    a sign-off: no name by themselves."""
    shouted = [name for name in words if name.isupper()]
    defined = {name for name in shouted if any(map(_defined_after_a_term, listed[name]))}
    return (
        defined
        | _undefined_terms(shouted, defined, listed)
        | {
            name
            for name in words
            if _inside_titles(name, listed[name]) or all(_in_a_sign_off(m) for m in listed[name])
        }
    )


def _undefined_terms(
    shouted: Sequence[str], defined: set[str], listed: Mapping[str, Sequence[Excerpt]]
) -> set[str]:
    """Names in capitals only written in one article that defines two or more others as a
    term's abbreviations: the terms it defined before the part reprinted (raw 29, a paper's
    discussion: "NIF responses", "in the SCN", beside "critical fusion frequency (CFF)" and
    "paraventricular nucleus of the hypothalamus (PVN)")."""
    if len(defined) < 2:
        return set()
    by_article: dict[str, int] = {}
    for name in defined:
        for article in {m.article.id for m in listed[name]}:
            by_article[article] = by_article.get(article, 0) + 1
    papers = {article for article, count in by_article.items() if count >= 2}
    return {
        name
        for name in shouted
        if name not in defined and {m.article.id for m in listed[name]} <= papers
    }


def posts_cut(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> set[str]:
    """Organisations every mention of which runs on into a capitalised word, once into
    "Adviser": the post's words ("National Security Adviser Michael Flynn", raw 9, twice,
    and "the National Security Agency" once), no body's name. A body whose officer follows
    it is written so too ("FEMA Director", "House Appropriations Committee Chairman"), and
    stays: an adviser is seldom a body's."""
    return {
        name
        for name, mentions in listed.items()
        if label(name) == "organisation"
        and any(_ADVISER_AFTER.match(m.article.text, m.end) for m in mentions)
        and all(_CAPITAL_AFTER.match(m.article.text, m.end) for m in mentions)
    }


def _in_a_sign_off(mention: Excerpt) -> bool:
    """Whether `mention` is a wire's code in the sign-off closing its article (raw 42's "SID
    (organisation)" of "jh/asz (SID, dpa)"): the editors' furniture, not the story's body;
    a dateline's credit, "(AP) —", opens the article and is read as its source."""
    text = mention.article.text
    before = _SIGN_OFF_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and _SIGN_OFF_AFTER.match(text, mention.end) is not None


def _defined_after_a_term(mention: Excerpt) -> bool:
    """Whether `mention` is written in brackets right after words in lower case whose letters
    spell it, from a word's first letter on: the abbreviation of that term (raw 29's "CFF" of
    "critical fusion frequency", "PVN" of "paraventricular nucleus", read as organisations).
    A body written in lower case has initials of its own language ("the Austrian athletics
    federation (ÖLV)", raw 42)."""
    text = mention.article.text
    if not text.startswith(")", mention.end):
        return False
    found = _LOWER_WORDS_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    return found is not None and _spells(mention.text.lower(), found[1])


def _spells(letters: str, words: str) -> bool:
    """Whether `letters` are written in order in `words`, the first opening a word."""
    for at in (
        i for i, c in enumerate(words) if c == letters[0] and (i == 0 or words[i - 1] == " ")
    ):
        rest = iter(words[at + 1 :])
        if all(c in rest for c in letters[1:]):
            return True
    return False


def _titles_around(mention: Excerpt) -> set[str]:
    """The quoted titles written across `mention`, lowered."""
    text = mention.article.text
    start = max(0, mention.start - _AROUND)
    return {
        found[1].lower()
        for found in _TITLE.finditer(text, start, mention.end + 3)
        if found.start(1) <= mention.start
        and mention.end <= found.end(1)
        and all(w[0].isupper() or w in _SMALL_WORDS for w in found[1].split())
    }


def _inside_titles(name: str, mentions: Sequence[Excerpt]) -> bool:
    """Whether every mention of `name` is inside a quoted title (“Hell on Earth”, raw 21's
    "Earth", a place in three outlets) or is written within such a title's words, unquoted
    ("1996's Hell On Earth,")."""
    titles = set().union(*(_titles_around(m) for m in mentions))
    if not titles:
        return False
    return all(_within(m, titles) for m in mentions)


def _within(mention: Excerpt, titles: set[str]) -> bool:
    """Whether one of `titles` is written across `mention`, in any case."""
    text = mention.article.text
    window = text[max(0, mention.start - _AROUND) : mention.end + _AROUND].lower()
    offset = mention.start - max(0, mention.start - _AROUND)
    for title in titles:
        at = window.find(title)
        while at != -1:
            if at <= offset and offset + len(mention.text) <= at + len(title):
                return True
            at = window.find(title, at + 1)
    return False
