"""Who said what, ninety-fifth pass (reader84's raw 117 items 7 and 8, raw validation
multi_news-val-1717): a speaker given as someone's kin ("Michael Jackson's eldest daughter")
is the new full name that opens the sentence just before as the subject of a speech that
gives no words of its own ("Paris Jackson also spoke out against hatred."); a surname alone
("Bro announced ...") names no one, nor does the owner's own name."""

from __future__ import annotations

from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.gold import quoted

_VMAS = "multi_news-val-1717"


def _rows(text: str) -> list[tuple[str, str | None]]:
    (article,) = as_articles([text])
    return [(q.speaker, q.role) for q in quotes([split(clean(article))])]


def test_the_eldest_daughter_is_named_and_a_surname_alone_names_no_one():
    found = quoted(_VMAS)[_VMAS]
    speakers = {q.text.text[:14]: (q.speaker, q.role) for q in found}
    # "Paris Jackson also spoke out against hatred. ¶ “...,” Michael Jackson's eldest daughter
    # said before presenting an award."
    assert speakers["We must show t"] == ("Paris Jackson", "Michael Jackson's eldest daughter")
    # "Heyer's mother then entered the stage, telling the audience: ... ¶ Bro announced ..."
    assert speakers["Only 15 days m"][0] == "Heyer's mother"


def test_the_owner_who_spoke_before_is_not_his_own_kin():
    text = (
        "John Smith also spoke out at the rally on Sunday.\n\n"
        '"He has always been a good boy," Smith\'s mother said after the rally.'
    )
    assert _rows(text) == [("Smith's mother", None)]


def test_a_name_that_spoke_with_its_own_words_is_not_the_kin():
    text = (
        'Mary Jones also spoke, saying "we are here for the family."\n\n'
        '"We miss him every day," Tom Smith\'s mother said after the service.'
    )
    assert _rows(text) == [("Mary Jones", None), ("Tom Smith's mother", None)]
