"""Who said what, sixty-fourth pass: the AP's Arizona story run by two papers
(multi_news-val-1862, one group of copies) gives Janet Napolitano's, the activists' and Jan
Brewer's words with a word changed ("the nation’s border" / "the U.S. border", "drug human
trafficking" / "drug and human trafficking"): one line each, citing both copies, in the
Markdown and the HTML; two outlets' near words that are no copies too (quotes89). An Arabic
name with its article in lower case speaks ("..., al-Houni said.", "A Libyan diplomat in China,
Hussein el-Sadek el-Mesrati, told Al-Jazeera, "...": 5397), and so does an aside after a
connective ("Furthermore, she said, Mr. Parr did not consult ...": 2053)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from chorus.api import brief
from chorus.model import Briefing
from chorus.render.html import to_html
from chorus.render.markdown import to_markdown
from tests.gold import briefed_quotes, inputs, speakers_of

_ARIZONA = "multi_news-val-1862"


@pytest.fixture(scope="module")
def arizona() -> Briefing:
    return brief(inputs((_ARIZONA,))[_ARIZONA], words=100)


def _lines(markdown: str, words: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("- **") and words in line]


def test_copies_words_with_a_word_changed_are_one_line_citing_both(arizona):
    assert arizona.analysis is not None and len(arizona.analysis.copies) == 1
    markdown = to_markdown(arizona)
    for words in (
        "comprehensive immigration reform will strengthen",
        "only natural for Arizona to continue",
        "the border cannot be declared safe",
    ):
        (line,) = _lines(markdown, words)
        assert len(set(re.findall(r"\[(\d+)\]", line))) == 2, line
    (napolitano,) = _lines(markdown, "comprehensive immigration reform")
    assert napolitano.startswith("- **Janet Napolitano**") and "the nation’s border" in napolitano


def test_the_page_lists_them_once_too(arizona):
    page = to_html(arizona)
    section = page[page.index('id="h-quotes"') :]
    page = section[: section.index("</section>")]
    assert page.count("will strengthen the nation’s border") == 1
    assert "will strengthen the U.S. border" not in page
    assert page.count("feel secure from drug") == 1


def test_words_of_no_copies_stay_apart(arizona):
    # the same briefing with its group of copies taken away: two outlets' near words of
    # five or more are one line too since quotes89 (one speaker's words two outlets carry)
    assert arizona.analysis is not None
    apart = to_markdown(replace(arizona, analysis=replace(arizona.analysis, copies=())))
    assert len(_lines(apart, "comprehensive immigration reform will strengthen")) == 1
    assert len(_lines(apart, "the border cannot be declared safe")) == 1


def test_a_name_opening_on_its_article_speaks():
    found = briefed_quotes(("multi_news-val-5397",))["multi_news-val-5397"]
    # "“Gadhafi's regime is now in the trash of history because he betrayed his nation and
    # his people,” al-Houni said." (Abdel-Moneim al-Houni, named the sentence before)
    assert speakers_of(found, "in the trash of history") == ["al-Houni"]
    assert speakers_of(found, "the government of Mussolini and Hitler") == [
        "Hussein el-Sadek el-Mesrati"
    ]


def test_the_claim_after_a_connective_and_an_aside_is_the_speakers():
    found = briefed_quotes(("multi_news-val-2053",))["multi_news-val-2053"]
    # "“... It doesn’t do anything to promote understanding of Aboriginal history.” ¶
    # Furthermore, she said, Mr. Parr did not consult with Aboriginal Tasmanians about the
    # performance." (Heather Sculthorpe, quoted just before)
    (row,) = [q for q in found if "did not consult" in q.words]
    assert (row.speaker, row.kind) == ("Heather Sculthorpe", "reported")
    assert row.words.startswith("Mr. Parr did not consult")
