"""The entities section's sixtieth pass (journal/entities.md, "Entities, sixtieth pass (stop
38)"): one name however its capitals, hyphens and full stops are written, its outlets
counted once (readers 44's "al-Qaeda" / "Al-Qaeda" and "GOP" / "G.O.P."), and raw 88's
Google, missing because a product read as a person ("Google Gnome") made its word a
person's. The expectations are read in the articles: which outlet writes which spelling."""

from __future__ import annotations

from collections import Counter

import pytest

from chorus.analyze.entity_folds import name_keys
from tests.entity_gold import listed_on_clusters, spelled

PRANKS, JOBS, PLOT = "multi_news-val-2484", "multi_news-val-3617", "multi_news-val-167"
"""Raw 88 (April Fools' Day pranks, Google's among them in three outlets), raw 107 (reactions
to Obama's jobs speech: A1 and A5 write "GOP", A2, the New York Times, "G.O.P.") and raw 110
(a Paris church-attack plot: A1 writes "al-Qaeda", A3 "Al-Qaeda")."""
ACTIVIST, LOTTERY, UN, VIDEO = (
    "multi_news-val-132",
    "multi_news-val-1049",
    "multi_news-val-4039",
    "multi_news-val-4506",
)
"""Raw 127 (A1 writes "Zainab al-Khawaja", A2 "Zainab Al-Khawaja", beside her father
Abdulhadi), raw 136 (a lottery winner; A1's transcript in capitals writes "FLORIDA"), raw
132 (a Reuters dateline "UNITED NATIONS (Reuters)") and raw 170 (A1 writes "Youtube", A3
"YouTube")."""
VOLCANO, COMEDY, MOVE, STUDY = (
    "multi_news-val-2723",
    "multi_news-val-4873",
    "multi_news-val-3515",
    "multi_news-val-5067",
)
"""Raw 243 (A1 and A2 write "Mount St. Helens", A3 "Mount St Helens"), raw 10 ("Louis C.K."
twice in one article), raw 124 (A1 and A3 write "Washington, D.C.", A2 "Washington D.C.")
and raw 74 ("said D.C. (Duck-chul) Lee, an assistant professor")."""
CLUSTERS = (PRANKS, JOBS, PLOT, ACTIVIST, LOTTERY, UN, VIDEO, VOLCANO, COMEDY, MOVE, STUDY)


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters(set(CLUSTERS), speakers=True)


def test_entities_a_lower_case_article_is_the_same_name(listed):
    """Raw 110: "Documents linked to al-Qaeda and Islamic State" (A1) and A3's "Al-Qaeda":
    one organisation in two outlets, listed in one on main."""
    qaeda = listed[PLOT]["Al-Qaeda"]
    assert spelled(qaeda) == {"Al-Qaeda", "al-Qaeda"}
    assert (qaeda.label, qaeda.outlets) == ("organisation", 2)


def test_entities_initials_with_full_stops_are_the_same_name(listed):
    """Raw 107: the New York Times's "much of the G.O.P." and "by G.O.P. standards" are the
    GOP of Politico's and Sullivan's: three outlets, one row."""
    [party] = [e for e in listed[JOBS].values() if name_keys([e.name]) == ["gop"]]
    assert spelled(party) == {"GOP", "G.O.P."}
    assert (party.label, party.outlets, len(party.mentions)) == ("organisation", 3, 7)


def test_entities_a_name_in_capitals_or_other_capitals_is_one_row(listed):
    """Raw 136's transcript "FLORIDA'S NEWEST MULTIMILLIONAIRE", raw 132's dateline "UNITED
    NATIONS (Reuters)" and raw 170's "posted on Youtube" were rows of their own."""
    assert "FLORIDA" not in listed[LOTTERY]
    assert listed[LOTTERY]["Florida"].label == "place"
    # 136's transcript is closed captions cleaning takes out since clean60: no "FLORIDA" left
    # to spell the place by; 132's dateline still reads the capitals.
    assert "UNITED NATIONS" not in listed[UN]
    assert "UNITED NATIONS" in spelled(listed[UN]["U.N."])
    assert "Youtube" not in listed[VIDEO]
    youtube = listed[VIDEO]["YouTube"]
    assert spelled(youtube) == {"YouTube", "Youtube"}
    assert youtube.outlets == 2


def test_entities_a_full_stop_left_out_is_the_same_name(listed):
    """Raw 243: "Mount St. Helens" (A1, A2) and "Mount St Helens" (A3), one volcano in three
    outlets (one on main, its other mentions a "St Helens" person's; since the sixty-first
    pass A1's "Imaging Magma Under St Helens" is the volcano's too)."""
    volcano = listed[VOLCANO]["Mount St Helens"]
    assert spelled(volcano) == {"Mount St Helens", "Mount St. Helens", "St Helens"}
    assert (volcano.label, volcano.outlets) == ("place", 3)


def test_entities_a_surname_s_lower_case_article_is_its_persons(listed):
    """Raw 127: A1's "the conviction of Zainab al-Khawaja" is the daughter's, not a mention
    of her father Abdulhadi (main gave him its surname)."""
    zainab = listed[ACTIVIST]["Zainab Al-Khawaja"]
    assert "Zainab al-Khawaja" in spelled(zainab)
    father = listed[ACTIVIST]["Abdulhadi al-Khawaja"]
    assert spelled(father) == {"Abdulhadi al-Khawaja", "Abdulhadi Al-Khawaja"}


def test_entities_two_initials_are_matched_only_inside_a_name(listed):
    """ "Louis C.K." closes on initials with full stops (no mention on main); "D.C." alone
    is a person's initials in raw 74 and Washington's in raw 124, no place of its own."""
    louis = listed[COMEDY]["Louis C.K."]
    assert (louis.label, len(louis.mentions)) == ("person", 2)
    assert "D.C." not in listed[STUDY]
    assert not {"D.C.", "Washington D.C."} & listed[MOVE].keys()
    assert listed[MOVE]["Washington"].outlets == 3


def test_entities_a_known_body_s_product_leaves_it_listed(listed):
    """Raw 88: "Google Gnome", read as a person, made "Google" a person's word, and Google
    (A3 "the tech prank, Google, is at it again", A4 "Google has so many April Fools' Day
    jokes", A8 "Google unveiled Google Gnome") was not listed at all."""
    google = listed[PRANKS]["Google"]
    assert (google.label, google.outlets) == ("organisation", 3)
    assert "Google Gnome" not in listed[PRANKS]


def test_entities_no_two_rows_of_one_label_share_a_spelling_key(listed):
    """Every row of these clusters is a name of its own: no two of one label fold to one
    key (their articles' spellings read above)."""
    for cluster in CLUSTERS:
        found = listed[cluster].values()
        keys = Counter(zip(name_keys(e.name for e in found), (e.label for e in found), strict=True))
        assert [key for key, count in keys.items() if count > 1] == [], cluster
