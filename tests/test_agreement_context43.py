"""A row's lead-in carries what the row leans on, or there is none (context43; raw validation
clusters, 0-based, file order; reader82's recurring fault 9, reader83's recurring fault 6).
A row speaking of "he" needs a lead-in that names someone ("“The political wind has changed
direction,” he said ..." not after a quotation and "The 74-year-old ... said ...", but after
the line before them crediting Inoki, raw 235); a
row opening on "The suspect" is not helped by a line that says only "the suspect" too (raw
189); the lead-in's own quotation marks are nested as single ones inside its “...”.
Lead-ins that do carry the referent stay: "Birgeneau said ..." before "“Now we are there,
...,” he said", the sentence naming Nola before "Her condition took a turn ...", "the new
tax law" before "The law ..." (raw 19)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.lead_in_carries import leans_on_someone, names_no_one, repeats_description
from chorus.model import Briefing
from chorus.render import to_html, to_markdown
from tests.gold import agreed_item
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def briefings() -> dict[int, Briefing]:
    raw = raw_clusters()
    # 235 at 200 words: at 250 its summary shows the he-said line, which is then no row
    # (unique45, stop 50)
    return {
        n: brief(raw[n]["documents"], words=200 if n == 235 else 250)
        for n in (19, 98, 109, 189, 235)
    }


def _row_line(briefing: Briefing, words: str) -> str:
    # a row of a section (the summary's sentences are no list items), the first
    return next(x for x in to_markdown(briefing).splitlines() if x.startswith("- ") and words in x)


def test_a_he_said_row_after_lines_naming_no_one_leads_in_with_the_line_naming_him(briefings):
    line = _row_line(briefings[235], "“The political wind has changed direction,” he said")
    # not "“It’s important ...” The 74-year-old ... said ...", which never names Inoki
    assert line.startswith("- (after: “‘We are seeing a situation where [Donald Trump")
    assert "said Inoki, who met North Korea’s top diplomat" in line
    assert "The 74-year-old" not in line and "““" not in line


def test_a_row_opening_on_a_description_the_line_before_only_repeats_has_none(briefings):
    fact = agreed_item(briefings[189].analysis, "The suspect was taken to Highland Hospital")
    assert fact.context == ()
    fact = agreed_item(briefings[98].analysis, "The main psychoactive ingredient in marijuana")
    assert fact.context == ()


def test_lead_ins_that_carry_the_referent_stay(briefings):
    assert _row_line(briefings[189], "“Now we are there").startswith(
        "- (after: “Birgeneau said the last shooting on campus"
    )
    assert "(after: “Nola, one of just four endangered northern white rhinos" in _row_line(
        briefings[109], "Her condition took a turn for the worse"
    )
    assert "since the new tax law was enacted.”) The law" in _row_line(
        briefings[19], 'The law "is leading to hundreds of billions'
    )


def test_a_lead_in_quotation_is_nested_in_single_marks(briefings):
    line = _row_line(briefings[109], "It is a crushing loss for the Safari Park")
    assert "(after: “Early Sunday morning, the Safari Park team ‘made the difficult " in line
    assert "euthanize her.’”) It is a crushing loss" in line
    for number in (19, 109):
        markdown = to_markdown(briefings[number])
        assert "““" not in markdown and "””" not in markdown
    assert "team ‘made the difficult decision to euthanize her.’”</span>" in to_html(briefings[109])


@pytest.mark.parametrize(
    ("row", "lead", "carried"),
    [
        ("“We’re not done yet,” he said.", "“It was a long night.”", False),
        ("“We’re not done yet,” he said.", "Smith said the talks would go on.", True),
        (
            "“So, two weeks ago, they had to cut off her right leg.”",
            "“...,” her husband said.",
            True,
        ),
    ],
)
def test_a_row_speaking_of_someone_needs_a_lead_in_naming_them(row, lead, carried):
    assert leans_on_someone(row)
    assert names_no_one(lead) is not carried


def test_a_description_the_lead_in_introduces_or_defines_is_carried():
    row = "The market is seen as growing more quickly than the computer industry over all."
    assert not repeats_description(row, "... are one part of the market where Microsoft ...")
    assert not repeats_description("The deal is expected to ...", "... clinched a two-year deal")
    assert repeats_description("The girls were last seen.", "The girls never showed up.")
