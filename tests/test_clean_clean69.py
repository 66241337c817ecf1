"""A fundraising page's own lines that reached the briefing (clean69, stop 57), on raw
Multi-News validation 122 (0-based line of the file, [2] the page by index): Elijah Silvera's
family's GoFundMe page. Its closing thanks to its givers ("For those who can help with this
GoFundMe, thank you. ... Trust that no amount is too small ...") and its shout in capitals ("WE
CAN AND MUST DO MORE TO PROTECT OUR CHILDREN ...", first person that `statements._FIRST_PERSON`
read in small letters only) were Only in one outlet rows. The thanks is now furniture, and
"WE"/"OUR" the first person. (Raw 124 [2]'s reporter bio, "Lisa P. White covers Concord and
Pleasant Hill. Contact her at ...", was taken by a rule measured and reverted: see the
cleaning journal's fifty-third pass.)"""

from __future__ import annotations

from chorus.analyze.statements import states_a_fact
from chorus.clean import clean
from chorus.clean_match import removal_reason
from tests.briefings import raw_briefing
from tests.raw_pages import cleaned, exact_sentences, pages_everywhere, removals

ELIJAH = 122
ELIJAH_ID = "multi_news-val-4986"
"""Raw validation 122: Elijah Silvera's death; [2] his family's GoFundMe page."""
_THANKS = (
    "For those who can help with this GoFundMe, thank you. All of it will go directly to the "
    "costs listed above. Trust that no amount is too small and all of it is deeply appreciated."
)
_SHOUT = (
    "WE CAN AND MUST DO MORE TO PROTECT OUR CHILDREN FROM LIFE THREATENING ALLERGIC REACTIONS "
    "IN U.S. SCHOOLS."
)


def test_the_fundraiser_s_thanks_goes_and_its_story_stays():
    document = cleaned(ELIJAH_ID, 2)
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
    """Every removal the rule makes over raw 250 and DUC 30: the one line read."""
    found = []
    for corpus, cluster, index, article in pages_everywhere():
        for removal in clean(article).removed:
            text = article.text[removal.span.start : removal.span.end].strip()
            if removal.reason == "appeal":
                found.append((corpus, cluster, index, text))
    assert found == [("raw", ELIJAH, 2, _THANKS)]


def test_the_rule_s_edges():
    assert removal_reason(_THANKS) == "appeal"
    # a report of a fundraiser names another page: kept
    assert (
        removal_reason("A GoFundMe page has been set up to take donations for the Stoffel family.")
        is None
    )
    assert removal_reason("For those who can help, the church will collect food on Sunday.") is None
    # a thanks quoted in a report opens on its quotation mark: kept
    assert removal_reason(f'"{_THANKS}" the family wrote.') is None


def test_capitals_speak_in_the_first_person():
    assert not states_a_fact(_SHOUT)
    assert not states_a_fact("We can and must do more to protect our children.")
    # a named speaker says whose words they are; "US" in capitals is the country
    assert states_a_fact('"WE WILL WIN," the coach said.')
    assert states_a_fact("THE US TROOPS LEFT THE BASE ON MONDAY.")
