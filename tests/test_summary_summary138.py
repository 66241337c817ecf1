"""The summary a reader sees, summary138 (stop 57), on raw Multi-News validation clusters
(0-based lines of the file): a reaction or a later step told before the event.

Raw 151 opened on Mediaite's lead, "Sean Hannity reacted to Cliven Bundy‘s slavery remarks
at the top of his radio show Thursday, ...", and two more lines of Hannity's, with the news
([4]'s "Nevada Rancher Cliven Bundy attempted again on Thursday to clarify controversial
remarks, ...") sixth; and it showed "“I want to tell you one more thing I know about the
Negro,” Bundy said, according to the video." without the remark it leads to. A lead whose
deed is a reaction (`replies._REACTED`) reads after the lead telling the news, as a lawyer's
reply does, and a quotation only announcing what its speaker tells next is shown with it
(`pointed_at.announces_quotation`).

Raw 141 showed "A judge Wednesday afternoon set no bond for the murder charge ..." second,
the arrest and charge sixth: "the murder charge" no line shown before tells of a charge is
taken with its line before, or left out (`acts_unmet.charges_unmet`). Raw 137's opening on
"The host of The Late Show ..." was traced and left (docs/journal/summary.md, "Summary a
reader sees, hundred-and-twenty-seventh pass")."""

from __future__ import annotations

import pytest

from chorus.summarize.acts_unmet import charges_unmet
from chorus.summarize.pointed_at import announces_quotation
from chorus.summarize.replies import answers_the_news
from tests.briefings import briefing
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentence, summary

HANNITY = "Sean Hannity reacted to Cliven Bundy‘s slavery remarks"
BUNDY_NEWS = "Nevada Rancher Cliven Bundy attempted again on Thursday to clarify"
ONE_MORE_THING = "“I want to tell you one more thing I know about the Negro,” Bundy said"
WONDERED = "“I’ve often wondered: Are they better off as slaves"
JUDGE = "A judge Wednesday afternoon set no bond for the murder charge"
FACES_CHARGES = "Charisse Stinson, 21, faces aggravated child abuse and first degree murder"
ARRESTED = "The boy, Jordan Belliveau, died, and Ms. Stinson was arrested Tuesday and charged"


@pytest.fixture(scope="module")
def bundy() -> dict:
    """Raw validation's cluster 151 (Cliven Bundy's remarks on slavery)."""
    return raw_clusters()[151]


@pytest.fixture(scope="module")
def largo() -> dict:
    """Raw validation's cluster 141 (the Largo toddler's death)."""
    return raw_clusters()[141]


def _place(shown: list[str], opening: str) -> int:
    return next(n for n, text in enumerate(shown) if text.startswith(opening))


def test_151_opens_on_the_news_and_shows_hannitys_reaction_below_it(bundy):
    shown = summary(bundy)
    assert shown[0].startswith(BUNDY_NEWS)
    assert _place(shown, HANNITY) > _place(shown, BUNDY_NEWS)
    # the news' article reads first, then the reaction
    assert _place(shown, HANNITY) >= 5


def test_151_shows_the_announced_remark_right_below_its_lead_in(bundy):
    shown = summary(bundy)
    assert _place(shown, WONDERED) == _place(shown, ONE_MORE_THING) + 1


def test_151s_analysed_briefing_heads_on_the_news():
    briefed = briefing("raw", 151)
    assert briefed.summary[0].text.startswith(BUNDY_NEWS)
    assert not any(s.text.startswith(HANNITY) for s in briefed.summary[:5])


def test_a_reaction_opening_its_article_answers_the_news(bundy):
    assert answers_the_news(sentence(bundy, HANNITY))
    assert not answers_the_news(sentence(bundy, BUNDY_NEWS))


@pytest.mark.parametrize(
    "text",
    [
        # the interview is the news itself
        "Bill Cosby is responding to questions about allegations of sexual assault for the "
        "first time in an exclusive interview with ABC News’ Linsey Davis.",
        # a reaction after its opening phrase, below the news (raw 37)
        "Following the Seattle Reign’s 2-1 defeat to the Washington Spirit on Wednesday, "
        "Megan Rapinoe responded to the Spirit’s decision to play the national anthem.",
        # someone responding to a call is a deed
        "Police responding to an emergency call found Shimron Smith unconscious.",
    ],
)
def test_lines_that_tell_no_reaction_as_their_deed_answer_nothing(text):
    assert not answers_the_news(text)


def test_a_quotation_only_announcing_its_words_leads_into_them(bundy):
    assert announces_quotation(
        [sentence(bundy, ONE_MORE_THING), sentence(bundy, WONDERED)]
    ).tolist() == [True, False]


@pytest.mark.parametrize(
    "text",
    [
        # raw 81: the words go on in the quotation itself
        "“Let me tell you, it was never the ladies who lunch. They never lunched!”",
        # raw 151 [1]: "I'll tell you" inside what it tells
        "Bundy's response: \"I might be a welfare queen. But I'll tell you I'm producing "
        'something for America."',
        # raw 205: the announcement and what it announces in one quotation
        "Beatty then returned to the microphone to explain: “I want to tell you what "
        "happened. I opened the envelope and it said Emma Stone.”",
    ],
)
def test_quotations_telling_what_they_announce_lead_nowhere(text):
    assert not announces_quotation([text]).any()


def test_141_shows_no_bond_for_a_charge_before_the_charge(largo):
    shown = summary(largo)
    charged = _place(shown, ARRESTED)
    assert not any(text.startswith(JUDGE) for text in shown[:charged])
    # the arrest and charge come before the night's blow and the wall it hit
    assert charged < _place(shown, "The boy’s head hit the wall")


def test_the_murder_charge_with_no_charge_shown_before_is_unmet(largo):
    texts = [
        sentence(largo, FACES_CHARGES),
        sentence(largo, JUDGE),
        "The mother of a 2-year-old whose body was found admitted to hitting the child.",
    ]
    starts = [0, 2]
    # shown below another article's lead, apart from the line bringing the charges in
    assert charges_unmet(texts, [2, 1], starts) == [1]
    # right below that line it is met
    assert charges_unmet(texts, [0, 1], starts) == []


def test_the_murder_charge_below_another_lines_charge_is_met(largo):
    texts = ["An opening line.", sentence(largo, JUDGE), sentence(largo, ARRESTED)]
    assert charges_unmet(texts, [2, 1], [0, 2]) == []


@pytest.mark.parametrize(
    "text",
    [
        "I have talked to a few other activists leading the charge.",
        "The prosecutor read the charge of murder to the court.",
        "He was charged Tuesday and denies the charges.",
    ],
)
def test_a_charge_said_which_led_or_told_in_the_line_is_no_charge_unmet(text):
    texts = ["An opening line.", "A line before it.", text]
    assert charges_unmet(texts, [0, 2], [0, 1]) == []
