"""The seventieth agreement pass (reader75, reader76; raw validation clusters, 0-based, file
order), each read against the articles. Raw 35's two flagpole rows stood "(all)" on the
AP's "... two people who were part of a counter-protest ... were stabbed in separate
incidents." and "One person is in critical condition.", which never name the flagpole; raw
18's "The most expensive place to get married last year was Manhattan ..." counted "The
cost per wedding is at a five-year high" among its supports, which names no place; raw 74's
"It was published in 2014, also in the Journal of the American College of Cardiology." (an
earlier study) stood on TIME's "But in a report published Monday in the Journal of ..."
(the new one), and "What Marott and his team found was that both too little running and too
much running are linked to higher rates of death." on "Light joggers and moderate joggers
fared better, in that order, Marott's team found.", which shares only the credit, and "Even
the slow joggers were getting vigorous exercise, the researchers said." on "That still means
that some exercise is better than no exercise, but scientists may be getting more
sophisticated ...", a bare "That" sharing one word ("getting", in two senses)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_dated import dated_apart
from chorus.analyze.agreement_findings import findings_apart
from chorus.analyze.agreement_instruments import instrument_untold
from chorus.analyze.agreement_superlatives import ranked_place_unnamed
from chorus.analyze.lead_ins import stands_for_before
from chorus.analyze.model import Analysis
from tests.gold import agreed_item, analysed_lines, marked_in_part, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (18, 35, 74))


@pytest.mark.parametrize(
    ("statement", "support"),
    [
        ("stabbed with the decorative end of a flagpole", "were stabbed in separate incidents"),
        ("The man stabbed by the flag pole", "One person is in critical condition."),
    ],
)
def test_a_support_never_naming_the_flagpole_tells_the_stabbing_in_part(
    analyses, statement, support
):
    assert marked_in_part(agreed_item(analyses[35], statement), support)


def test_what_a_blow_was_struck_with_is_told_by_its_words():
    statement = "The man stabbed by the flag pole was taken to a hospital."
    assert instrument_untold(statement, ["One person is in critical condition."])
    # the thing written in one word, or in other words of its phrase, tells it
    assert not instrument_untold(statement, ["A Klansman swung a flagpole at him."])
    assert not instrument_untold(
        "He was stabbed with the decorative end of a flagpole.", ["He was hit with a flag pole."]
    )
    # who struck is no thing struck with (Multi-News+ 584's "killed by a gunman")
    assert not instrument_untold(
        "Twenty children killed by a gunman at a school.", ["Twenty children died at a school."]
    )
    assert not instrument_untold("He was stabbed on Saturday.", ["He was stabbed."])


def test_a_support_naming_no_place_backs_no_ranking_of_places(analyses):
    analysis = analyses[18]
    manhattan = agreed_item(analysis, "The most expensive place to get married last year")
    # The Knot's table lines name Manhattan and its cost, or Utah and its own: each in part;
    # its "Cost of Weddings" line gives both sums, beside Long Island's and Arkansas'
    # (agreement_exact_figures.py links them by the sums)
    assert [s.text[:40] for s in manhattan.support] == [
        "Most Expensive Place to Get Married: Man",
        "Least Expensive Place to Get Married: Ut",
        "Cost of Weddings: New York City (Manhatt",
    ]
    assert marked_in_part(manhattan, "Most Expensive Place to Get Married: Manhattan")
    assert not pair_shown(analysis, "most expensive place", "at a five-year high")


def test_a_ranked_place_is_read_by_its_name():
    ranking = "The most expensive place to get married last year was Manhattan."
    assert ranked_place_unnamed(ranking, "The cost per wedding is at a five-year high")
    assert not ranked_place_unnamed(ranking, "Manhattan weddings cost $76,328 on average.")
    assert ranked_place_unnamed("Utah, the least expensive place, spent $15,257.", "Costs rose.")
    # one of several is no ranking of a named place (DUC 6)
    assert not ranked_place_unnamed(
        "Rivals lead in some of the most developed states of Brazil.", "Cardoso won re-election."
    )


def test_a_study_printed_in_a_past_year_is_not_the_one_printed_this_week(analyses):
    analysis = analyses[74]
    assert not pair_shown(analysis, "It was published in 2014", "a report published Monday")
    assert dated_apart("He was arrested in 2010 in Ohio.", "He was arrested Monday in Cleveland.")
    # an earlier issue of the same report dates its first version (Multi-News+ train 342)
    assert not dated_apart(
        "..., according to the final version of a study first issued in 2015.",
        "Fracking can affect drinking water, the report issued tuesday said.",
    )
    assert not dated_apart("It was published in 2014.", "It was published in a journal.")


def test_findings_of_two_teams_or_sharing_only_the_credit_are_two(analyses):
    analysis = analyses[74]
    marott = "What Marott and his team found was that"
    assert not pair_shown(analysis, marott, "Light joggers and moderate joggers fared better")
    # nor does Lee's group's finding take the freed slot
    assert not pair_shown(analysis, marott, "Lee's group found that")
    assert findings_apart(
        "Lee's group found that runners lived longer.", "Marott's team found that runners died."
    )
    # one team's finding told twice in other words stays one fact
    assert not findings_apart(
        "Marott's team found that strenuous joggers died as often as sedentary people.",
        "Strenuous joggers were as likely to die as sedentary people, Marott's team found.",
    )


def test_a_bare_that_past_an_adverb_links_by_one_word_to_nothing(analyses):
    analysis = analyses[74]
    assert not pair_shown(analysis, "Even the slow joggers", "That still means that some")
    assert stands_for_before("That still means that some exercise is better than none.")
    assert stands_for_before("This also means more runs.")
    # "That" opening a clause it names is no bare subject
    assert not stands_for_before("That still life sold for $2 million.")
