"""Quote attribution, fifty-fourth pass: a speaker's apposition holding a whole date's comma
(raw multi_news-val-4505's Joplin mayor, whose "she said" quotes follow), a role after "said
NAME, a ..." that is long or ends on a campus after its comma (4008, 5170, 315), a
science's practitioner opening a sentence before a name (2484's "Meteorologist Eric
Schwibs"), and a surname whose full name opens a sentence before "and" another name (2484's
"Erik Lustgarten and Tracy Neff"); a named speaker's quotation going on after the writer's
aside (4008, 5397), and a group's owner in lower case after a quotation (4840's "hospital
officials")."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_in

_JOPLIN, _SNOW, _NAPS = "multi_news-val-4505", "multi_news-val-2484", "multi_news-val-5170"
_ALCOHOL, _ETHANOL = "multi_news-val-4008", "multi_news-val-315"
_SHOOTING, _LIBYA = "multi_news-val-4840", "multi_news-val-5397"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({_JOPLIN, _SNOW, _NAPS, _ALCOHOL, _ETHANOL})


def test_quotes_an_apposition_holding_a_whole_date(briefed):
    # "Joplin, Mo., Mayor Melodee Colbert-Kean, whose city was devastated by a similar EF-5
    # tornado on May 22, 2011, said the recovery process can be frustrating. ¶ "There is no
    # quick remedy ...," she said. "You have to have a plan.""
    found = briefed[_JOPLIN]
    assert speakers_in(found, "the recovery process can be frustrating") == {"Melodee Colbert-Kean"}
    assert speakers_in(found, "There is no quick remedy") == {"Melodee Colbert-Kean"}
    assert speakers_in(found, "You have to have a plan") == {"Melodee Colbert-Kean"}
    # the governor quoted before her keeps her own words
    assert speakers_in(found, "ability to get through red tape") == {"Mary Fallin"}


def test_quotes_a_long_role_after_said_name(briefed):
    # '"...," said Anne McTiernan, a cancer-prevention researcher at Fred Hutchinson Cancer
    # Research Center in Seattle and one of the report's lead authors.' (115 characters)
    [first] = quotes_in(briefed[_ALCOHOL], "no level of alcohol use")
    assert first.speaker == "Anne McTiernan"
    assert first.role is not None
    assert first.role.startswith("a cancer-prevention researcher at Fred Hutchinson")
    assert first.role.endswith("one of the report's lead authors")


def test_quotes_a_role_ending_on_a_campus(briefed):
    # "..., said Angela Lukowski, an assistant professor of psychology and social behavior at
    # the University of California, Irvine." as "..., said Rebecca Gomez, an associate
    # professor of psychology at the University of Arizona." two sentences on
    found = briefed[_NAPS]
    [lukowski] = quotes_in(found, "The small number of studies")
    assert lukowski.speaker == "Angela Lukowski"
    assert lukowski.role == (
        "an assistant professor of psychology and social behavior at the University of"
        " California, Irvine"
    )
    [gomez] = quotes_in(found, "There are many studies in the literature")
    assert gomez.role == "an associate professor of psychology at the University of Arizona"
    # "..., says Clifford Kubiak, professor of chemistry and biochemistry at the University
    # of California, San Diego.": the sentence's stop is no abbreviation's
    [kubiak] = quotes_in(briefed[_ETHANOL], "The levels of activity for CO")
    assert kubiak.speaker == "Clifford Kubiak"
    assert kubiak.role is not None and kubiak.role.endswith("University of California, San Diego")


def test_quotes_a_practitioner_opening_the_sentence_and_a_name_before_and(briefed):
    # "Meteorologist Eric Schwibs of the National Weather Service office in Gray, Maine, said
    # Portland got ... ¶ He said roads were slippery.": the job is no part of the name
    found = briefed[_SNOW]
    assert speakers_in(found, "He said roads were slippery") == {"Eric Schwibs"}
    assert not [q for q in found if q.speaker.startswith("Meteorologist")]
    # "Erik Lustgarten and Tracy Neff were in Portland, Maine, ... ¶ Lustgarten said New
    # England residents have to stay on their toes ..."
    assert speakers_in(found, "have to stay on their toes") == {"Erik Lustgarten"}


@pytest.fixture(scope="module")
def more() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({_SHOOTING, _LIBYA})


def test_quotes_a_quotation_after_the_writers_aside(briefed, more):
    # '"The mechanism suggests that it could be helpful," McTiernan said. Alcohol increases
    # estrogen, ... while physical activity reduces it. "But I can't say that for someone
    # who drinks five drinks and then runs, ..."': hers, the aside naming no one
    assert speakers_in(briefed[_ALCOHOL], "But I can't say that for someone") == {"Anne McTiernan"}
    # '"What we are witnessing today is unimaginable," Adel Mohamed Saleh, an activist in the
    # capital, told Al Jazeera television. His accounts could not be independently
    # confirmed. "Warplanes and helicopters are indiscriminately bombing ...'
    assert speakers_in(more[_LIBYA], "Warplanes and helicopters") == {"Adel Mohamed Saleh"}


def test_quotes_a_group_its_owner_written_before(more):
    # '"We are grateful for the efforts of the emergency responders, ...," hospital officials
    # said in a statement.': the hospital's officials, named as the one hospital the cluster
    # quotes (quotes103)
    assert speakers_in(more[_SHOOTING], "We are grateful for the efforts") == {
        "Mercy Fitzgerald Hospital"
    }
