"""The headline after a twenty-second reader's findings, on raw Multi-News validation
clusters (0-based lines of the file) at 250 words, analysed, their articles without
titles: a cut keeps its main clause's verb and what it says happened (an opening
participle's phrase or a subject's apposition left out and marked instead), "and"/"or"
after a word in "-ed"/"-ing" joins rather than ends a phrase, and CNN's title-case
dateline without a dash opens no headline."""

from __future__ import annotations

import pytest

from chorus.render.headline_choice import headline
from chorus.render.shortening import CUT_MARK, shortened
from chorus.summarize.shown import DATELINE
from tests.briefings import raw_briefing as _briefing


def _sentence(line: int, number: int) -> str:
    return _briefing(line).summary[number - 1].text


def test_an_opening_participles_phrase_gives_way_to_the_news():
    # Raw 33: cut at "... published in PeerJ…", inside the opening phrase, before the
    # news ("Bigfoot" was discovered in Wyoming). Summary sentence 1 since the summary's
    # thirteenth pass held back "But 150 million years ago, ... roamed there" (was 2).
    chosen = headline(_briefing(33))
    assert chosen.source == "summary sentence 1, shortened"
    assert chosen.text == (
        "Excavated in 1998 by an expedition from the University of Kansas … "
        '"Bigfoot" was discovered in the Black Hills area of Wyoming.'
    )


@pytest.mark.parametrize(
    ("line", "number", "kept"),
    [
        # "... including former U.S. secretary of state Hillary Clinton, flew…": where to.
        (192, 1, "Dozens of chartered planes carrying celebrities … flew into a sleepy airport"),
    ],
)
def test_an_apposition_gives_way_when_the_cut_keeps_only_the_verb(line, number, kept):
    subject, verb = kept.split(" … ")
    sentence = _sentence(line, number)
    assert f"{subject}, " in sentence and f", {verb}" in sentence
    chosen = headline(_briefing(line))
    assert chosen.source == f"summary sentence {number}, shortened"
    assert chosen.text.startswith(kept) and len(chosen.text) <= 150


def test_an_apposition_gives_way_in_a_summary_sentence_below_the_headline():
    """12's "... a senior international correspondent, was intoxicated…" ("and abusive"),
    the headline's cut until summary39 filled the summary with its lead (now the headline,
    whole); cut with the headline's 120 characters and reach of 150."""
    assert headline(_briefing(12)).text.startswith("CNN is being sued by two EMTs")
    sentence = _sentence(12, 2)
    assert sentence.startswith("Arwa Damon, described by the cable network as a senior")
    kept = "Arwa Damon … was intoxicated and abusive to a medical team"
    assert shortened(sentence, 120, 150).startswith(kept)


@pytest.mark.parametrize(
    ("line", "number", "joined"),
    [
        # 44's lead is summary sentence 2 since the summary's thirty-ninth pass left out
        # '"These will be the last shows ...," Weir tells Billboard.' (was 3); 1 since
        # summary53 opens on it for '"We had to sort through a number of options," ...'.
        (44, 1, "the four surviving and original members of the Grateful Dead"),
        (128, 1, "discovered and shut down a fake Embassy"),
    ],
)
def test_no_cut_between_two_words_an_and_joins(line, number, joined):
    # 44 was cut to "... the four surviving…", 128 to "... security officials discovered…".
    assert joined in _sentence(line, number)
    text = headline(_briefing(line)).text.removesuffix(CUT_MARK)
    assert not text.endswith(("surviving", "discovered"))


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (108, "Vermont Sen. Bernie Sanders lauded Pope Francis"),
        (244, "Seven US sailors are missing"),
    ],
)
def test_cnns_dateline_without_a_dash_opens_no_headline(line, opening):
    # "Washington (CNN) Vermont Sen. ...": the agency's tag, then a capital. 244's CNN
    # lead, now read as a wire story's lead, heads over a later detail ("The USS
    # Fitzgerald was back at its home port ...").
    chosen = headline(_briefing(line))
    assert chosen.text.startswith(opening)
    # (shown past the dateline since clean58)
    lead = _briefing(line).summary[int(chosen.source.split()[2].rstrip(",")) - 1].shown
    assert "(CNN) " in lead.article.text[max(0, lead.start - 30) : lead.start]


@pytest.mark.parametrize(
    "text",
    [
        "Washington Post reporters said",
        "Sen. Ted Cruz (R-Texas) Said",
        "Washington (CNN) the lead",
        "Washington (WANE) Police said",
    ],
)
def test_a_title_case_word_is_no_dateline_without_an_agencys_tag_and_a_capital(text):
    assert DATELINE.match(text) is None


@pytest.mark.parametrize(
    ("line", "headline_text"),
    [
        # Cut before "has died", the news.
        (
            246,
            "The Millis police officer who was fired after he was accused of fabricating a "
            "shootout … has died.",
        ),
        # Was cut before "said", the subject's verb; since headline90 the whole subject
        # and its verb fit within the reach, so nothing gives way.
        (
            52,
            "The Fort Wayne mother accused of killing her two children in the backseat of a "
            "stolen car in late September said she was spurred to action…",
        ),
        # Cut inside the subject's "who" clause, before what she says he did (since
        # headline9 the rest runs on to its phrase end within the reach; since headline91
        # the clause keeps the name it writes, to the room the reach leaves it).
        (
            210,
            "The young woman who is alleging that Anthony Weiner initiated … says the New York"
            " City mayoral candidate repeatedly sent her lewd messages…",
        ),
    ],
)
def test_a_subjects_long_modifier_gives_way_to_its_verb(line, headline_text):
    chosen = headline(_briefing(line))
    assert chosen.source == "summary sentence 1, shortened"
    assert chosen.text == headline_text


def test_a_that_clause_after_the_subject_is_not_read_as_its_modifier():
    # Raw 9: "The revelation that Donald Trump allegedly urged ... fueled speculation ...,
    # lawyers said Tuesday.": "said" is not the subject's verb; the cut stays as it was.
    chosen = headline(_briefing(9))
    assert chosen.text.count(CUT_MARK) == 1
    assert chosen.text.startswith("The revelation that Donald Trump allegedly urged")
