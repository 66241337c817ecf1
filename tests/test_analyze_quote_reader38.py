"""Quote attribution, thirty-eighth pass: what a twenty-second reader found on raw validation
clusters (multi_news-val-447, 5196, 1432, 794, 3211). A lone pull quote credited on the next
line to a titled person is theirs, not the last speaker's going on; words said inside the
writer's pair of dashes end at the closing dash; a quotation that is a sentence of its own
starts at its mark past the writer's frame; "Brig. Gen. Bill Seekins of the North Dakota
National Guard told", "..., study co-researcher Emanuel Tschopp, a postdoctoral fellow ...,
told" and "described the scene as "..."" are found; a film an excerpt is from is no speech;
"Assembly Speaker" is a title. `fixtures/quote_reader38.json` holds the reader's sentences
(design) and every attribution of two clusters no quote test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, only_quote, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader38")
_POPE, _WALKER, _FLOOD, _BIGFOOT = (
    "multi_news-val-447",
    "multi_news-val-5196",
    "multi_news-val-1432",
    "multi_news-val-794",
)
_TEACHER, _BOEHNER, _MERCER, _BLIZZARD, _EUROPA = (
    "multi_news-val-4486",
    "multi_news-val-4022",
    "multi_news-val-4890",
    "multi_news-val-168",
    "multi_news-val-5207",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    more = {_TEACHER, _BOEHNER, _MERCER, _BLIZZARD, _EUROPA}
    return briefed_quotes({item["cluster"] for item in _ITEMS} | more)


def test_analyze_reader38_gold(briefed):
    # main (915e735): design 1 of 16 right, 11 made, 1 right; blind 9 of 9, 7 made, 7
    # right. This pass: design 9 of 16, 13 made, 8 right (missed: the interrupted
    # quotations' "he said" inside the words, a quoted fragment's frame, the officials' whole
    # lead, McDonald's and CBS); blind as main
    # Merged after clean19, which takes 108's pull quote as page furniture (the story tells
    # it again, credited to Cruz): its item is no longer a quote to get right, so 8 of 16,
    # 12 made, 7 right.
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 8 and right_predicted >= 7 and predicted - right_predicted <= 5
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 9 and right_predicted >= 7 and predicted == right_predicted


def test_analyze_a_pull_quote_is_its_credit_lines(briefed):
    # "“Pope Francis has been a powerful voice for life ...” ¶ Senator Ted Cruz", after a
    # quotation of Sanders': Cruz's, with his title
    # quotation of Sanders': Cruz's, with his title. Cleaning now takes that pull quote
    # (clean19); the words are Cruz's where the story tells them, and never Sanders'.
    pulled = quotes_in(briefed[_POPE], "profoundly threatened in America")
    assert pulled and all("Sanders" not in q.speaker for q in pulled)
    assert all("Cruz" in q.speaker for q in pulled)
    # "The Rev. James Martin explains in this excerpt from "Dorothy Day: Who Cares About the
    # Saints?"": a film's title
    assert not quotes_in(briefed[_POPE], "explains in this excerpt from")


def test_analyze_words_end_at_the_writers_closing_dash(briefed):
    walker = briefed[_WALKER]
    # "... Marco Rubio (R-Fla.) — who Walker has said would be a good vice presidential
    # candidate on his ticket — is believed ...": words with no subject, no row (quotes81)
    assert quotes_in(walker, "who Walker has said would be a good") == []
    game = only_quote(walker, "Walker admitted that he had not been to a game")
    assert game.text.text == "he had not been to a game in years"
    vos = only_quote(walker, "state Assembly Speaker Robin Vos (R) said")
    assert (vos.speaker, vos.role) == ("Robin Vos", "Assembly Speaker")


def test_analyze_a_whole_quotation_starts_at_its_mark(briefed):
    tschopp = only_quote(briefed[_BIGFOOT], "it is the largest dinosaur foot that was ever found")
    assert tschopp.speaker == "Emanuel Tschopp"
    assert tschopp.text.text.startswith("it is the largest dinosaur foot")
    clown = only_quote(briefed[_MERCER], "People said he was just a clown")
    assert clown.text.text == "People said he was just a clown"
    boehner = only_quote(briefed[_BOEHNER], "Boehner’s position is “he can’t cut a deal")
    assert boehner.text.text.startswith("he can’t cut a deal with Reid")
    # a fragment needs the writer's words before it, so does a quotation under a condition
    charged = only_quote(briefed[_TEACHER], "was charged Wednesday with")
    assert charged.text.text.startswith("Geraldine Alcorn, 28, was charged")
    hoehler = only_quote(briefed[_EUROPA], "If the team is right, \"you've moved")
    assert hoehler.text.text.startswith("If the team is right")
    dig = only_quote(briefed[_BIGFOOT], 'the paleontologists found "several individuals')
    assert dig.text.text.startswith("During the dig")


def test_analyze_a_guardsman_and_a_patrol_captain_found(briefed):
    flood = briefed[_FLOOD]
    weeks = only_quote(flood, "Brig. Gen. Bill Seekins of the North Dakota National Guard told")
    assert weeks.speaker == "Bill Seekins"
    assert weeks.text.text.startswith("It could be two to four to six weeks")
    scene = only_quote(flood, "Seekins described the scene as")
    assert (scene.speaker, scene.text.text) == ("Bill Seekins", "almost apocalyptic")
    blizzard = briefed[_BLIZZARD]
    winter = only_quote(blizzard, "Capt. Mike Winter of the Iowa State Patrol said")
    assert winter.speaker == "Mike Winter"
    assert [q.speaker for q in quotes_in(blizzard, "People need to just stay home")] == [
        "Mike Winter"
    ]
