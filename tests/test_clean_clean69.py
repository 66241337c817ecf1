"""A page's own lines that reached the briefing (clean69, stop 57), on raw Multi-News
validation clusters (0-based lines of the file, [j] the page by index). Raw 124 [2] closes on
its reporter's bio and contact on one line, "Lisa P. White covers Concord and Pleasant Hill.
Contact her at 925-943-8011. ...": the contact rules read a line opening on "Contact", so the
line was kept and its names were Names rows. Raw 122 [2] is a GoFundMe page: its closing
thanks to its givers ("For those who can help with this GoFundMe, thank you. ... Trust that no
amount is too small ...") and its shout in capitals ("WE CAN AND MUST DO MORE TO PROTECT OUR
CHILDREN ...", first person that `statements._FIRST_PERSON` read in small letters only) were
Only in one outlet rows. Both lines are now furniture, and "WE"/"OUR" the first person."""

from __future__ import annotations

import re

from chorus.analyze.statements import states_a_fact
from chorus.clean import clean
from chorus.clean_match import removal_reason
from chorus.clean_rules import NAME
from chorus.model import Document
from tests.briefings import raw_briefing
from tests.raw_pages import cleaned, exact_sentences, pages_everywhere, removals

CLERK = 124
"""Raw validation 124 (multi_news-val-3515): Pleasant Hill's city clerk resigns; [2] the East
Bay paper's story."""
ELIJAH = 122
"""Raw validation 122 (multi_news-val-4986): Elijah Silvera's death; [2] his family's GoFundMe
page."""
_IDS = {CLERK: "multi_news-val-3515", ELIJAH: "multi_news-val-4986"}
_BIO = (
    "Lisa P. White covers Concord and Pleasant Hill. Contact her at 925-943-8011. "
    "Follow her at Twitter.com/lisa_p_white."
)
_THANKS = (
    "For those who can help with this GoFundMe, thank you. All of it will go directly to the "
    "costs listed above. Trust that no amount is too small and all of it is deeply appreciated."
)
_SHOUT = (
    "WE CAN AND MUST DO MORE TO PROTECT OUR CHILDREN FROM LIFE THREATENING ALLERGIC REACTIONS "
    "IN U.S. SCHOOLS."
)


_BEAT = re.compile(rf"{NAME} covers [^.!?]{{1,80}}\. ")
"""A writer's beat opening a line (92 [0]'s Salon bio, under its byline, goes by its address)."""


def _page(line: int, index: int) -> Document:
    return cleaned(_IDS[line], index)


def test_the_reporter_s_bio_and_contact_go():
    document = _page(CLERK, 2)
    assert ("contact", _BIO) in removals(document)
    texts = exact_sentences(document)
    assert not any("Lisa P. White" in t or "925-943-8011" in t for t in texts)
    assert any(t.startswith("The council in March agreed to pay a former employee") for t in texts)


def test_the_bio_s_names_are_no_names_rows():
    analysis = raw_briefing(CLERK).analysis
    assert analysis is not None
    names = {entity.name for entity in analysis.entities}
    assert "Lisa P. White" not in names and "Concord" not in names
    assert {"Kim Lehmkuhl", "Pleasant Hill", "Tim Flaherty"} <= names


def test_the_fundraiser_s_thanks_goes_and_its_story_stays():
    document = _page(ELIJAH, 2)
    assert ("appeal", _THANKS) in removals(document)
    texts = exact_sentences(document)
    assert (
        "This GoFundMe page is organized by two of Thomas and Dina’s close family members." in texts
    )
    assert _SHOUT in texts  # the page's text: kept, but no lone item (below)
    assert any(t.startswith("Those matters aside, we would like to go on record") for t in texts)


def test_only_in_one_outlet_shows_no_appeal():
    analysis = raw_briefing(ELIJAH).analysis
    assert analysis is not None
    rows = [fact.statement.text for fact in analysis.unique]
    assert _SHOUT not in rows
    assert not any(row.startswith(("Trust that no amount", "All of it will go")) for row in rows)
    assert (
        "5.9 million children under the age of 18 suffer from food allergies in the United States."
        in rows
    )


def test_the_census_over_raw_and_duc():
    """Every removal the two rules make over raw 250 and DUC 30: the two lines read."""
    found = []
    for corpus, cluster, index, article in pages_everywhere():
        for removal in clean(article).removed:
            text = article.text[removal.span.start : removal.span.end].strip()
            if removal.reason == "appeal" or (removal.reason == "contact" and _BEAT.match(text)):
                found.append((corpus, cluster, index, text))
    assert found == [("raw", ELIJAH, 2, _THANKS), ("raw", CLERK, 2, _BIO)]


def test_the_rules_edges():
    assert removal_reason(_BIO) == "contact"
    assert (
        removal_reason("Contact Tracey Kaplan at 408-278-3482. Follow her at Twitter.com/x.")
        == "contact"
    )
    # a beat with no contact, or a story line on a beat, is kept
    assert removal_reason("Lisa P. White covers Concord and Pleasant Hill.") is None
    assert (
        removal_reason("The agency covers three counties. Call it at night, officials said.")
        is None
    )
    assert removal_reason(_THANKS) == "appeal"
    # a report of a fundraiser names another page: kept
    assert (
        removal_reason("A GoFundMe page has been set up to take donations for the Stoffel family.")
        is None
    )
    assert removal_reason("For those who can help, the church will collect food on Sunday.") is None


def test_capitals_speak_in_the_first_person():
    assert not states_a_fact(_SHOUT)
    assert not states_a_fact("We can and must do more to protect our children.")
    # a named speaker says whose words they are; "US" in capitals is the country
    assert states_a_fact('"WE WILL WIN," the coach said.')
    assert states_a_fact("THE US TROOPS LEFT THE BASE ON MONDAY.")
