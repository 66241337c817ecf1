"""Who said what, seventy-ninth pass (reader69's finding on raw validation 0-based 52,
multi_news-val-5388): a quotation standing alone as a paragraph, with no speech verb, after
a paragraph that opens on its speaker ("Michelle Troye, Frank’s daughter, knew ..."); and
the precision cases the rule leaves alone: a quotation after a paragraph naming someone who
is not its subject, or a question naming someone before the answer (37,
multi_news-val-889; 26, multi_news-val-5592)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_PASZTOR, _ANTHEM, _ZUCKERBERG = "multi_news-val-5388", "multi_news-val-889", "multi_news-val-5592"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_PASZTOR, _ANTHEM, _ZUCKERBERG))


def test_a_quotation_paragraph_after_one_opening_on_its_speaker(briefed):
    # [2]: "Michelle Troye, Frank’s daughter, knew that something was very wrong ... ¶ “I am
    # 100 percent certain that he is not involved in this situation ...”"
    (certain,) = quotes_in(briefed[_PASZTOR], "I am 100 percent certain")
    assert (certain.speaker, certain.role) == ("Michelle Troye", "Frank’s daughter")
    # [3]/[4]: "NWSL Commissioner Jeff Plush attended the match and said he did not know ...
    # He answered a few questions ... ¶ “I was on a phone call inside and heard the music
    # ...”"
    assert set(speakers_of(briefed[_ANTHEM], "I was on a phone call inside")) == {"Jeff Plush"}


def test_a_paragraph_opening_on_two_people_or_asking_gives_them_no_words(briefed):
    # "Frank and Amber had some sort of relationship ... Troye was very non-accepting ...
    # ¶ “We were very persistent and telling him ...”": Troye's words, but the paragraph
    # opens on two others, neither of whom said it
    persistent = {q.speaker for q in quotes_in(briefed[_PASZTOR], "We were very persistent")}
    assert not {"Frank Macomber", "Frank", "Amber Pasztor", "Amber"} & persistent
    # "Did you approach Spirit owner Bill Lynch before kickoff? ¶ “I haven’t talked to Bill
    # yet ...”": Rapinoe answers; "The Spirit owner said he didn’t want Megan hijacking the
    # event ... ¶ “The last thing we’re speaking about is the game ...”"
    anthem = briefed[_ANTHEM]
    assert not {"Bill Lynch", "Megan Rapinoe", "Megan"} & {
        q.speaker for q in quotes_in(anthem, "I haven’t talked to Bill yet")
    }
    assert not quotes_in(anthem, "The last thing we’re speaking about")
    # "Would you like to meet President Trump? I asked. ¶ “I would like that not be the
    # focus of this ...”": the interviewee's answer, not Trump's
    answer = speakers_of(briefed[_ZUCKERBERG], "I would like that not be")
    assert not [speaker for speaker in answer if "Trump" in speaker]
