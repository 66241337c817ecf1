"""One reading of a line opening on "He" or "She" (`pronouns_apart.he_or_she_opening`) for its
four readers: "He's"/"She's" is the pronoun too, for `subject_apart` and `possessive_apart` as
for leaning; after a connective the pronoun is in lower case ("But she ...", as the pages write
it), for introduced_first as for stands_on, and stands_on reads an opening bracket as the
others do (summary129; raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from chorus.summarize.introduced_first import introduced_first
from chorus.summarize.pronouns_apart import he_or_she_opening, possessive_apart, subject_apart
from chorus.summarize.stands_on import another_outlets_one
from tests import summary_texts
from tests.raw_pages import raw_clusters

_MODULES = {
    name: importlib.import_module(f"chorus.summarize.{name}")
    for name in ("leaning", "pronouns_apart", "introduced_first", "stands_on")
}
_READERS = {
    "leaning": _MODULES["leaning"]._HE_SHE,
    "pronouns_apart": _MODULES["pronouns_apart"]._HE_SHE,
    "introduced_first": _MODULES["introduced_first"]._HE_OR_SHE,
    "stands_on": _MODULES["stands_on"]._HE_SHE,
}


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _article_of(texts: list[str], starts: list[int]) -> list[int]:
    return [sum(start <= row for start in starts) - 1 for row in range(len(texts))]


def test_the_pronoun_alone_and_after_a_connective():
    alone, after = he_or_she_opening(), he_or_she_opening(after_connective=True)
    for line, pronoun in [("He said so.", "He"), ("She’s here.", "She"), (" (She said)", "She")]:
        assert alone.match(line)[1] == after.match(line)[1] == pronoun
    for line, pronoun in [("But he said so.", "he"), ("However, she said so.", "she")]:
        assert alone.match(line) is None and after.match(line)[1] == pronoun
    # a capital after a connective, a lower case alone, capitals, another word: none
    for line in ["But He said so.", "he said so.", "HE SAID SO.", "Hector said so."]:
        assert alone.match(line) is None and after.match(line) is None


def test_every_reader_reads_the_one_pattern():
    assert all(pattern.match("He's a Boy Scout.") for pattern in _READERS.values())
    connected = {name for name, pattern in _READERS.items() if pattern.match("But he said so.")}
    assert connected == {"introduced_first", "stands_on"}


def test_raw_52_pasztor_opens_her_but_she_line(clusters):
    # [2]: "Amber Pasztor had already decided ..." / "But she asked them what they wanted,
    # she said." ... "Pasztor, 29, admitted to smothering ...": shown below [0]'s lead
    # without the naming line, the surname line comes first and says who "she" is
    texts = summary_texts.sentences(clusters[52])
    article_of = _article_of(texts, summary_texts.article_starts(clusters[52]))
    but_she = summary_texts.row_of(texts, "But she asked them what they wanted")
    pasztor = summary_texts.row_of(texts, "Pasztor, 29, admitted")
    assert article_of[but_she] == article_of[pasztor] != article_of[0]
    assert introduced_first(texts, [0, but_she, pasztor], article_of) == [0, 2, 1]


def test_raw_129_he_is_below_another_name_reads_as_theirs(clusters):
    # [1]: "Kenneth Shinozuka will soon start the eleventh grade." / "He's a Boy Scout ...":
    # shown below "Ida will tell you ...", the "He" is not hers to read
    texts = summary_texts.sentences(clusters[129])
    starts = summary_texts.article_starts(clusters[129])
    scout = summary_texts.row_of(texts, "He's a Boy Scout")
    ida = summary_texts.row_of(texts, "Ida will tell you")
    assert texts[scout - 1].startswith("Kenneth Shinozuka")
    assert subject_apart(texts, [ida, scout], starts) == [scout]
    assert subject_apart(texts, [scout - 1, scout], starts) == []


def test_raw_227_a_bracketed_he_after_another_outlet(clusters):
    # [1]: "(He is also a part owner of Centre Firearms, ...)", Mercer's, shown right after
    # [0]'s lead reads as the lead's one
    texts = summary_texts.sentences(clusters[227])
    article_of = np.array(_article_of(texts, summary_texts.article_starts(clusters[227])))
    owner = summary_texts.row_of(texts, "(He is also a part owner")
    assert another_outlets_one(texts, [0, owner], article_of) == [owner]
    assert another_outlets_one(texts, [owner - 1, owner], article_of) == []


def test_a_he_is_line_before_his_wife_says_no_more_who():
    texts = ["A council met on Monday.", "He's a lawyer in Ohio.", "His wife said so."]
    assert possessive_apart(texts, [0, 2]) == ([2], {2})
    texts[1] = "Then the lawyer left Ohio."
    assert possessive_apart(texts, [0, 2]) == ([2], set())
