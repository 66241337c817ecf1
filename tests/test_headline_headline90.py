"""headline90: a line its writer opens as a guess ("Apparently", "Perhaps") heads no briefing
(raw 211's reviewer's aside gives way to the product line after it); a lead's name for its
product in quotation marks is no verdict on the news when the line is no lead; a long
subject kept whole when a cut within the reach still tells what its verb says (raw 75's
place, no longer left out)."""

from __future__ import annotations

from chorus.render.headline_choice import headline
from chorus.render.headline_guess import opens_on_a_guess
from chorus.render.shortening import shortened
from chorus.summarize.replies import answers_the_news
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences

_GUESS = (
    "Apparently Lenovo liked what it saw from Sony's Tap 20, because here at CES the company"
    ' is introducing its own "portable" desktop PC.'
)
_PRODUCT = "The IdeaCentre Horizon is primarily a Windows 8-enabled all-in-one"


def test_a_reviewers_guess_gives_way_to_the_line_telling_the_product():
    briefing = raw_briefing(211)
    texts = [s.text for s in briefing.summary]
    assert texts[0] == _GUESS  # still told, first: the summary is unchanged
    assert opens_on_a_guess(_GUESS)
    # The next line names its product in quotation marks ("Lenovo calls it a "table
    # PC""), which reads as a verdict; it is no lead, so no other lead is put before it.
    assert texts[1].startswith(_PRODUCT)
    assert answers_the_news(texts[1])
    chosen = headline(briefing)
    assert chosen.source == "summary sentence 2, shortened"
    assert chosen.text.startswith(_PRODUCT)


def test_guesses_in_the_data_and_lines_that_are_none():
    leopards = read_clusters(RAW_VALIDATION, 187)[186]
    guess = next(s for s in sentences(leopards) if s.startswith("Perhaps light conditions"))
    assert opens_on_a_guess(guess)
    assert not opens_on_a_guess("Apparel makers reported higher sales on Monday.")
    assert not opens_on_a_guess("“Perhaps unsurprisingly, we found ...,” said Silveira.")


def test_a_long_subject_kept_whole_where_the_cut_still_tells_its_verb():
    chosen = headline(raw_briefing(75))
    assert chosen.text == (
        "A 9-year-old boy wounded by a gunman who opened fire and killed his estranged wife"
        " at a California elementary school was recovering Wednesday…"
    )


def test_a_subject_cut_still_when_the_whole_would_stop_before_what_is_told():
    cluster = read_clusters(RAW_VALIDATION, 126)[125]
    told = next(s for s in sentences(cluster) if s.startswith("A Canadian man who was believed"))
    # Whole, the cut would stop before "that he is not in any pain": the subject is cut.
    assert shortened(told, 120, 150).endswith(
        "… has been able to tell scientists that he is not in any pain."
    )
    gold = read_clusters(RAW_VALIDATION, 106)[105]
    heist = next(s for s in sentences(gold) if s.startswith("A story that describes a gold heist"))
    # Whole, the cut would stop inside "$10 million": the subject is cut.
    assert "… could explain the source of the gold coins worth $10 million" in shortened(
        heist, 120, 150
    )
