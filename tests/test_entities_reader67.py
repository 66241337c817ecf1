"""The entities section's sixty-seventh pass (journal/entities.md, "Entities, sixty-seventh
pass (stop 40)"): readers 52's and 53's names left. The 40-row cap keeps, among names of as
many outlets and mentions, the one an article writes earliest, not the first by
alphabetical order; "America" closing a group's or a bank's name ("Moms Demand Action for
Gun Sense in America", "Bank of America") is no mention of the land; the owner of an army
read as an organisation is a person ("Alexander’s besieging army"); a full name right after
"President" is listed ("President Barack Obama"), but a rank or a weekday is no part of it;
"Some" opening a sentence is no part of a name ("Some State Department and CIA officials").
The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

(LIBYA, NEWTOWN, SANDOVAL, BANKS, FIRE_GAS, ARIZONA, THATCHER, SENATE, EMBASSIES) = (
    "multi_news-val-5397",
    "multi_news-val-584",
    "multi_news-val-1779",
    "multi_news-val-555",
    "multi_news-val-2298",
    "multi_news-val-1862",
    "multi_news-val-2623",
    "d30050t",
    "d31038t",
)
"""Raw 176 (Gadhafi on TV: A1's "Hamad Bin Jassim Bin Jabr Al-Thani, Qatar's prime minister
and foreign minister, called for an extraordinary meeting of the Arab League", A2 closing on
a Turkish plane told "to return to Istanbul"), raw 191 (Sandy Hook: "Moms Demand Action for
Gun Sense in America"), raw 193 (Sandoval: "executive director of Democracy for America"),
raw 144 (Politico and ABC on Bank of America's debit card fee), raw 194 (ancient chemical
weapons: "hurled at Alexander’s besieging army in 327 BC"), raw 182 (Napolitano in Arizona,
two copies of one AP story: "as President Barack Obama looks to make it a signature
issue"), raw 135 (Thatcher: "the Argentine president, General Galtieri, ordered"), DUC
d30050t (New York's Senate race: "President Clinton Thursday") and DUC d31038t (the embassy
bombings: "Some State Department and CIA officials have objected", and the department in
two other outlets)."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters(
        {LIBYA, NEWTOWN, SANDOVAL, BANKS, FIRE_GAS, ARIZONA, THATCHER, SENATE, EMBASSIES},
        speakers=True,
    )


def test_entities_the_cap_keeps_the_name_written_earlier(listed):
    """Raw 176 lists 40 names; past its read names, known places of one mention each. Qatar
    was cut for its name's place in the alphabet; Istanbul, in the last words of the other
    article, is cut instead."""
    libya = listed[LIBYA]
    assert len(libya) == 40
    assert libya["Qatar"].label == "place"
    assert "Istanbul" not in libya
    assert libya["Seif al-Islam"].label == "person"


def test_entities_america_closing_a_groups_name_is_no_mention(listed):
    """Raw 191 and 193 write "America" only closing a group's name: no place row."""
    assert "America" not in listed[NEWTOWN]
    assert "America" not in listed[SANDOVAL]
    assert listed[SANDOVAL]["Brian Sandoval"].label == "person"


def test_entities_america_closing_a_banks_name_is_no_mention(listed):
    """Raw 144 counted Bank of America as America. The land's mentions keep "the United
    States of America" (twice) and the land alone ("get America back on track"); the one
    "Bank of America" left opens its sentence ("... over the weekend. Bank of America now
    is doing"), which the rule leaves."""
    america = listed[BANKS]["America"]
    before = [m.article.text[max(m.start - 10, 0) : m.start] for m in america.mentions]
    assert america.label == "place"
    assert sum(b.endswith("States of ") for b in before) == 2
    assert sum(b.endswith("Bank of ") for b in before) == 1
    assert sum(b.endswith("get ") for b in before) == 1


def test_entities_an_armys_owner_is_a_person(listed):
    """Raw 194 listed Alexander (the Great) as an organisation."""
    assert listed[FIRE_GAS]["Alexander"].label == "person"
    assert listed[FIRE_GAS]["Sparta"].label == "place"


def test_entities_a_full_name_after_president_is_a_person(listed):
    """Raw 182's two copies both name President Barack Obama, whom no window read."""
    obama = listed[ARIZONA]["Barack Obama"]
    assert obama.label == "person"
    assert obama.outlets == 2
    assert spelled(obama) == {"Barack Obama"}


def test_entities_a_rank_or_a_weekday_after_president_is_no_name(listed):
    """Raw 135's "president, General Galtieri," and DUC d30050t's "President Clinton
    Thursday" name no one "General Galtieri" nor "Clinton Thursday"; d30050t's Hillary
    Rodham Clinton keeps the row she had."""
    assert not any(name.startswith("General ") for name in listed[THATCHER])
    senate = listed[SENATE]
    assert not any(name.endswith(" Thursday") for name in senate)
    assert "Clinton" not in senate
    assert senate["Hillary Rodham Clinton"].label == "person"


def test_entities_some_opening_a_sentence_is_no_part_of_a_name(listed):
    """DUC d31038t listed "Some State Department" (an organisation, one mention) and not the
    department, which three outlets name."""
    embassies = listed[EMBASSIES]
    assert not any(name.startswith("Some ") for name in embassies)
    assert embassies["State Department"].label == "organisation"
    assert embassies["State Department"].outlets == 3
