"""Sources, stop 47 (sources17): an outlet a page names in its byline, its footer or the
name it was told something by, measured and left unread (raw validation, 0-based): 53 [0]'s
"William Lee and Jeremy Gorner are reporters for the Tribune, Jae Miller is a reporter for
WGN-TV", 53 [1]'s "told ABC News", 51 [2]'s "when The Hollywood Reporter asked" and "told
THR", 57 [1]'s "The editors of HuffPost Food", 57 [2]'s "From ConsumerReports.org:", 41 [0]'s
"This article was originally published with the title …", 42 [1]'s "jh/asz (SID, dpa)" and
26 [0], Mark Zuckerberg's own letter. Each shape stands on one raw page, or misleads on more
than one page in twenty where it is repeated, so each page stays "outlet unknown"."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from .raw_pages import outlet_read, pages_everywhere, raw_document

_WRITERS_FOR = re.compile(
    r"\b(?:is|are) (?:an? )?[\w -]{0,30}?(?:reporter|writer|correspondent|editor|columnist)s? "
    r"(?:for|with|at) (?:the )?[A-Z]"
)
_EDITORS_OF = re.compile(r"\b[Tt]he editors (?:of|at) (?:the )?[A-Z]")
_WHEN_ASKED = re.compile(r"\bwhen (?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} asked\b")
_TOLD = re.compile(r"\b(?:told|tells) (?:the )?(?P<name>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2})")


_ITEMS = {
    "53 [0]'s writers' tagline": (53, 0, "are reporters for the Tribune, Jae Miller"),
    "53 [1]'s told name": (53, 1, "told ABC News"),
    "51 [2]'s own question": (51, 2, "when The Hollywood Reporter asked"),
    "57 [1]'s editors": (57, 1, "The editors of HuffPost Food"),
    "57 [2]'s parent's link box": (57, 2, "From ConsumerReports.org:"),
    "41 [0]'s first title": (41, 0, "This article was originally published with the title"),
    "42 [1]'s agencies": (42, 1, "jh/asz (SID, dpa)"),
    "26 [0]'s letter": (26, 0, "To our community,"),
}


@pytest.mark.parametrize(("cluster", "index", "words"), _ITEMS.values(), ids=_ITEMS.keys())
def test_the_items_pages_stay_unknown(cluster: int, index: int, words: str) -> None:
    text = raw_document(cluster, index)
    assert words in text
    assert outlet_read(text) is None


def _pages_with(pattern: re.Pattern[str]) -> list[tuple[str, int, int]]:
    return [
        (page.corpus, page.cluster, page.document)
        for page in pages_everywhere()
        if pattern.search(page.article.text)
    ]


def test_a_writers_tagline_an_editors_note_and_an_outlets_question_stand_on_one_page_each() -> None:
    # Over raw's and DUC's pages each shape is the item's page alone: a rule for one page.
    assert _pages_with(_WRITERS_FOR) == [("raw", 53, 0)]
    assert _pages_with(_EDITORS_OF) == [("raw", 57, 1)]
    # Beside 51 [2]'s, "when <Name> asked" is a person's question: "The moment when Prof Owen
    # asked patient Scott …" (raw 125 [0]) and "when I asked him" (DUC 21 [2]).
    assert _pages_with(_WHEN_ASKED) == [("raw", 51, 2), ("raw", 125, 0), ("duc", 21, 2)]


@pytest.mark.parametrize(
    ("cluster", "index", "name", "times", "own"),
    [
        # USA Today's page quoting Trump's tweets, "Trump tells CNBC …".
        (19, 1, "CNBC", 2, ("USA Today", "short share link")),
        # IndyStar's page quoting what a mother "told WANE".
        (52, 2, "WANE", 3, ("IndyStar", "reporter's contact line")),
    ],
)
def test_a_name_told_again_and_again_may_be_another_outlets(
    cluster: int, index: int, name: str, times: int, own: tuple[str, str]
) -> None:
    # The only name the page says it was told or tells, repeated, on another outlet's page.
    text = raw_document(cluster, index)
    told = Counter(found["name"] for found in _TOLD.finditer(text))
    assert told == {name: times}
    assert outlet_read(text) == own
