"""Quote attribution, sixty-second pass: rows that said more, or less firmly, than the
speaker did. A suggestion's words open on its verb (raw multi_news-val-5397's Hague); a
quotation ends before the writer's guess at what it meant (1186's Trump); a "he" that
stands for a first clause's named subject gives no row of another speaker (5397's state TV
of Seif al-Islam's commission); the same quotation closing a speaker's words twice is one
row (5397's Dabbashi). Found too: "tweeting, “...”" (1186) and "tells News 10 it ..."
(4506), and '"Safety first," he replied.' after "the driver, Jed Huie, ... as he jumped"
(4506); a surname the recognizer read as a body takes its one full name (5100's Rubio)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_CLUSTERS = (
    *("multi_news-val-5397", "multi_news-val-1186", "multi_news-val-4506"),
    *("multi_news-val-5041", "multi_news-val-3947", "multi_news-val-5388"),
    "multi_news-val-5100",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes(_CLUSTERS)


def test_a_suggestion_is_shown_with_its_verb(briefed):
    # "On Monday, William Hague, the British foreign minister, had suggested that Gaddafi
    # had fled to Venezuela, a report that the government of that country denied."
    (hague,) = quotes_in(briefed["multi_news-val-5397"], "had suggested that Gaddafi")
    assert hague.speaker == "William Hague"
    assert hague.words == "suggested that Gaddafi had fled to Venezuela"


def test_a_quotation_ends_before_the_writers_guess(briefed):
    # 'The president wrote on Twitter: "When somebody comes in, ..., bring them back from
    # where they came,” presumably confusing “bring” with “send” in that instance.'
    found = briefed["multi_news-val-1186"]
    (tweet,) = [q for q in found if "bring them back" in q.words]
    assert tweet.speaker == "Donald Trump"
    assert tweet.kind == "quote"
    assert tweet.words.endswith("bring them back from where they came")
    assert not [q for q in found if "presumably" in q.words]


def test_a_tweet_after_tweeting(briefed):
    # "President Donald Trump on Sunday continued escalating his rhetoric about migrants,
    # tweeting, “We cannot allow all of these people to invade our country.”"
    found = briefed["multi_news-val-1186"]
    words = "We cannot allow all of these people to invade our country"
    assert speakers_of(found, words) == ["Donald Trump"]


def test_a_he_of_the_first_clauses_subject_gives_no_row(briefed):
    # "Seif promised "historic" reforms in Libya if protests stop, and on Monday state TV
    # said he had formed a commission ...": Seif's commission, shown as "State TV: he had
    # formed ..." it read as his father's
    found = briefed["multi_news-val-5397"]
    assert not quotes_in(found, "state TV said he had formed a commission")
    # Kushner's own "he" after "Congressional aides have said ..." stays his (3947)
    assert speakers_of(
        briefed["multi_news-val-3947"], "he would voluntarily appear before the Senate"
    ) == ["Jared Kushner"]


def test_the_same_quotation_told_twice_is_one_row(briefed):
    # "Dabbashi said Monday that if Gadhafi does not relinquish power, "the Libyan people
    # will get rid of him."" and later "Dabbashi warned that if he doesn't leave, "the
    # Libyan people will get rid of him."" in one article
    found = briefed["multi_news-val-5397"]
    rows = [q for q in found if "will get rid of him" in q.words]
    assert [q.speaker for q in rows] == ["Ibrahim Dabbashi"]
    assert rows[0].words.startswith("if Gadhafi does not relinquish power")


def test_tells_an_outlet_with_a_number(briefed):
    # "Video editor and director Jakob Hernig tells News 10 it took a team of friends to
    # pull off the stunt ..."
    (row,) = quotes_in(briefed["multi_news-val-4506"], "tells News 10")
    assert row.speaker == "Jakob Hernig"
    assert row.words.startswith("it took a team of friends to pull off the stunt")
    # "She told NewsChannel 15 she didn’t have the heart to shoot them, ..." (5388)
    assert speakers_of(briefed["multi_news-val-5388"], "didn’t have the heart to shoot") == [
        "Amber Pasztor"
    ]


def test_tells_inside_a_quotation_is_the_quotations(briefed):
    # '"Amazing — Obama speaks, market goes DOWN — Trump tells CNBC he's buying stock —
    # market goes up", ...': Trump's tweet, one quotation, no "he's buying stock" row
    found = briefed["multi_news-val-5041"]
    assert not [q for q in found if q.words.startswith("he's buying stock")]
    assert speakers_of(found, "Trump tells CNBC he's buying stock") == ["Donald Trump"]


def test_a_surname_read_as_a_body_takes_its_full_name(briefed):
    # "Sen. Marco Rubio" ... "“This is silly outrage, it’s not even real outrage,” Rubio
    # said": the recognizer read "Rubio" as an organisation
    found = briefed["multi_news-val-5100"]
    assert speakers_of(found, "This is silly outrage") == ["Marco Rubio"]
    assert "Rubio" not in {q.speaker for q in found}


def test_he_after_a_person_named_in_apposition_as_an_object(briefed):
    # "... some social media commenters gave the driver, Jed Huie, flack for holding his
    # nose as he jumped into the water. ¶ "Safety first," he replied."
    assert speakers_of(briefed["multi_news-val-4506"], "Safety first") == ["Jed Huie"]
