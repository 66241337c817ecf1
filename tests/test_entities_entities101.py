"""The entities section's hundred-and-first pass (journal/entities.md, "Entities,
hundred-and-first pass"): a body written without the words from its name's "and" is the body
named in full (raw 9's "House Oversight Committee" of the "House Oversight and Government
Reform Committee", DUC d31001t's "Truth Commission" of the "Truth and Reconciliation
Commission"); a name every mention of which follows a show's cast or episodes is the show,
no body (raw 5's "The women on Desperate Housewives"). The expectations are read in the
articles."""

from __future__ import annotations

from chorus.analyze.entity_shapes import bodies_without_their_and
from chorus.analyze.entity_works import products_and_exercises
from chorus.model import Article
from tests.entity_gold import excerpts_of, listed_on_clusters, spelled

COMEY = "multi_news-val-4035"
"""Raw 9 (Comey's memo: [1] "House Oversight and Government Reform Committee Chairman Jason
Chaffetz", [4] "Republican chairman of the House Oversight Committee", "it is appropriate
for the House Oversight Committee to request this memo"; "Senate Judiciary Committee")."""
TRUTH = "d31001t"
"""DUC 16 (South Africa's Truth and Reconciliation Commission's report: ten outlets write
its full name, seven "the Truth Commission")."""
RICHEST = "multi_news-val-1115"
"""Raw 5 (TV's richest actresses: "The women on Desperate Housewives aren't pushovers
either", its one mention)."""
LATE_SHOW = "multi_news-val-33"
"""Raw 137 (Colbert in Russia: "watch full seasons of CBS fan favorites" beside "a premier
late night talk show on CBS")."""
SENATORS = "multi_news-val-5306"
"""Raw 198 (harassment in Congress: "senators ogling women on the Senate floor")."""


def test_entities_a_body_written_without_its_and_is_the_body_in_full():
    listed = listed_on_clusters({COMEY, TRUTH}, speakers=True)
    comey = listed[COMEY]
    assert "House Oversight Committee" not in comey
    committee = comey["Oversight and Government Reform Committee"]
    assert committee.label == "organisation"
    assert spelled(committee) == {
        "Oversight and Government Reform Committee",
        "House Oversight Committee",
    }
    assert len(committee.mentions) == 4
    assert committee.outlets == 2
    # the other chamber's committee stays its own
    assert comey["Senate Judiciary Committee"].outlets == 2
    truth = listed[TRUTH]
    assert "Truth Commission" not in truth
    commission = truth["Truth and Reconciliation Commission"]
    assert {"Truth Commission", "Truth and Reconciliation Commission"} <= spelled(commission)
    # 10 mentions in 10 outlets and 11 in 7 on main, the outlets shared
    assert len(commission.mentions) == 21
    assert commission.outlets == 10


def test_entities_the_words_before_and_and_the_last_word_make_the_short_name():
    labels = {
        "Truth Commission": "organisation",
        "Truth and Reconciliation Commission": "organisation",
        "House Energy Committee": "organisation",
        "Energy and Commerce Committee": "organisation",
        "Senate Homeland Security Committee": "organisation",
        "Homeland Security and Governmental Affairs Committee": "organisation",
        "Ways and Means Committee": "organisation",
        "Ways Committee": "person",
    }
    # the House's committee is written after "House" in full; the Senate's is not
    text = "The House Energy and Commerce Committee met.\nHomeland Security and Governmental"
    assert bodies_without_their_and(labels, text) == {
        "Truth Commission": "Truth and Reconciliation Commission",
        "House Energy Committee": "Energy and Commerce Committee",
    }
    # two bodies of one short name: neither is taken
    two = {**labels, "Truth and Justice Commission": "organisation"}
    assert "Truth Commission" not in bodies_without_their_and(two, text)


def test_entities_a_name_after_a_shows_cast_is_the_show():
    listed = listed_on_clusters({RICHEST, LATE_SHOW, SENATORS}, speakers=True)
    assert "Desperate Housewives" not in listed[RICHEST]
    # the show's cast are listed as read
    assert listed[RICHEST]["Marcia Cross"].label == "person"
    assert listed[RICHEST]["ABC"].label == "organisation"
    # a network's shows ("seasons of CBS fan favorites") and "the" after "on" ("women on the
    # Senate floor") are no show's title
    assert listed[LATE_SHOW]["CBS"].label == "organisation"
    assert listed[SENATORS]["Senate"].label == "organisation"


def test_entities_every_mention_after_a_casts_words_makes_a_show():
    text = (
        "The women on Desperate Housewives won. An episode of Black Mirror aired. "
        "Stars on Fox News spoke, and Fox News said no. Women on the Senate floor."
    )
    article = Article("a", text, "a")
    listed = {
        name: excerpts_of(article, name)
        for name in ("Desperate Housewives", "Black Mirror", "Fox News")
    }
    listed["Senate"] = excerpts_of(article, "Senate")
    assert products_and_exercises(listed, lambda name: "organisation") == {
        "Desperate Housewives",
        "Black Mirror",
    }
