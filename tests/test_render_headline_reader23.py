"""The headline's ninth pass, on raw Multi-News validation clusters (0-based lines of the
file) at 250 words, analysed, their articles without titles: "went on to" tells what
came next, an article's opening "It's a ..." stands alone, an "and" bringing a second
subject to a conjunction's clause ends no phrase, an opening phrase is left out when the
cut would stop at its subject's verb, and a text with a part left out runs on to its
phrase end within the reach."""

from __future__ import annotations

import pytest

from chorus.render.headline_choice import headline
from chorus.render.headline_news import background, opens_on_dummy_it
from chorus.render.shortening import CUT_MARK, shortened
from tests import summary_texts
from tests.briefings import raw_briefing as _briefing
from tests.conftest import RAW_VALIDATION, read_clusters

_LIMIT, _REACH = 120, 150


def _sentence(line: int, number: int) -> str:
    return _briefing(line).summary[number - 1].text


def test_the_penguins_lead_heads_139_over_what_celli_went_on_to_say():
    briefing = _briefing(139)
    # an article's line: the summary leaves it out since summary101 (stop 50)
    went_on = summary_texts.sentence(read_clusters(RAW_VALIDATION, 140)[139], "Celli went on to")
    assert background(went_on)
    lead = briefing.summary[0]
    assert lead.text == "It’s a cold snap life for penguins up in Alberta, Canada."
    assert opens_on_dummy_it(lead)
    assert headline(briefing).text == lead.text


def test_a_later_its_a_is_what_was_told_before():
    # 109: "It is a crushing loss for the Safari Park, ..." (Nola's death), not its lead.
    later = next(s for s in _briefing(109).summary if s.text.startswith("It is a crushing loss"))
    assert later.shown.index > 0 and not opens_on_dummy_it(later)


def test_no_cut_before_a_second_subject_of_a_conjunctions_clause():
    # 244: "... is among the injured after the warship…" ("and a merchant ship collided");
    # since headline95 the cut runs on to the collision, the cause's verb.
    text = headline(_briefing(244)).text
    assert text == (
        "Seven US sailors are missing and the commanding officer of a US destroyer is among "
        "the injured after the warship and a merchant ship collided…"
    )


@pytest.mark.parametrize(
    ("line", "number", "phrase", "kept"),
    [
        # Was "In what will be ... of the Grateful Dead revealed…"; summary sentence 2 since
        # the summary's thirty-ninth pass (was 3), 1 since summary53 (the lead opens).
        (
            44,
            1,
            "In what will be a bittersweet announcement for Deadheads, ",
            "the four surviving and original members of the Grateful Dead revealed that they "
            "will reunite to celebrate their 50th anniversary",
        ),
        # 143's phrase ("In a fitting finale to a week Tesla Motors executives would rather
        # forget, ") holds its only name: since headline91 it stays, cut at the reach
        # (tests/test_headline_headline91.py).
    ],
)
def test_an_opening_phrase_gives_way_to_what_the_verb_tells(line, number, phrase, kept):
    sentence = _sentence(line, number)
    assert sentence.startswith(phrase + kept)
    chosen = headline(_briefing(line))
    assert chosen.source == f"summary sentence {number}, shortened"
    assert chosen.text.startswith(f"{CUT_MARK} {kept}")
    assert len(chosen.text) <= _REACH


@pytest.mark.parametrize(
    ("line", "number", "told"),
    [
        # Where the planes flew and what for (was cut after "in western India").
        (192, 1, "flew into a sleepy airport in western India for the lavish pre-wedding"),
        # What she wishes the city luck in (was cut after "good luck").
        (124, 1, "she wishes the city good luck in finding a “schmuck”"),
    ],
)
def test_a_text_with_a_part_left_out_runs_on_within_the_reach(line, number, told):
    chosen = headline(_briefing(line))
    assert chosen.source == f"summary sentence {number}, shortened"
    assert f" {CUT_MARK} " in chosen.text and told in chosen.text
    assert told in _sentence(line, number) and len(chosen.text) <= _REACH


def test_the_earlier_choices_stand():
    # 9's cut is inside its subject, but it tells the news the editor opens on (Trump asked
    # Comey to drop the Flynn probe); its main verb "fueled" is not read.
    assert headline(_briefing(9)).text.startswith(
        "The revelation that Donald Trump allegedly urged former FBI Director James Comey"
    )
    # 70: an aside after "and," ends no phrase; since headline18 (stop 36) the cut no
    # longer leaves out "discovered via a short on YouTube, "Evil Dead" has ...", whose
    # "has become wildly influential" told the original's, not the debut's: judged better.
    # (summary59: the critic's "I" no longer opens 70's summary, so it is sentence 2)
    sentence = next(
        s.text for s in _briefing(70).summary if s.text.startswith("The feature debut of")
    )
    assert "wildly influential and, in its own little-movie-that-could way," in sentence
    cut = shortened(sentence, _LIMIT, _REACH)
    assert cut.endswith(f"via a short on YouTube{CUT_MARK}") and " and," not in cut
