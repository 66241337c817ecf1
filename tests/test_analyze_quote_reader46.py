"""Quote attribution, forty-sixth pass: two readers' re-checks (raw validation
multi_news-val-1717, 2559, 33, 4960, 3501, 584). Another's side after "while" and the
writer's narration after a quotation are out of the words; the writer's own "our" in an
agency's reported words is no quote of the agency's; a show's name ("Evening Urgant") is no
other person of its host's surname; a one-word answer after what the speaker did is kept;
a statement two named people made is the first one's. `fixtures/quote_reader46.json` holds
the readers' sentences (design) and every attribution of two clusters no quote test names
(blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader46")
_VIDEO, _SPRAY, _HOSTS, _FILIBUSTER, _ZEPPELIN, _NEWTOWN = (
    "multi_news-val-1717",
    "multi_news-val-2559",
    "multi_news-val-33",
    "multi_news-val-4960",
    "multi_news-val-3501",
    "multi_news-val-584",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def _pairs(found: tuple[Quote, ...], sentence: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.text) for q in quotes_in(found, sentence)]


def test_analyze_reader46_gold(briefed):
    # main (2099cb5): design 0 of 8 right, 6 made, none right; blind 18 of 26, 12 made, 12
    # right. This pass: design 6 of 8, 6 made, 5 right (wrong: Oppenheimer's words end on
    # the quotation's comma; missed: the FDA's "It said at the time, "..."" once the
    # sentence before is no FDA quote); blind as main (missed: two anonymous sources, the
    # security team, four "officials said" asides, the regional security officer)
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 6 and right_predicted >= predicted - 1
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 18 and right_predicted == predicted


def test_analyze_anothers_side_and_the_writers_narration_are_cut(briefed):
    # "MTV said Universal ... didn't submit the video, while the record label said they
    # weren't asked to send in the clip."
    assert _pairs(briefed[_VIDEO], "MTV said Universal") == [
        ("MTV", "Universal Music Latin Entertainment didn't submit the video")
    ]
    # "Abbott called her filibuster "inconsequential" and sought to tie her to ... Obama."
    assert _pairs(briefed[_FILIBUSTER], "Abbott called her filibuster") == [
        ("Greg Abbott", "inconsequential")
    ]


def test_analyze_the_writers_our_is_no_agencys_quote(briefed):
    # "In May the FDA announced that it planned to look into our large-scale deployment of
    # caffeine, retroactively." (the writer's product and irony)
    assert not quotes_in(briefed[_SPRAY], "look into our large-scale deployment")
    # the deputy commissioner's own words stay his
    [taylor] = quotes_in(briefed[_SPRAY], "a deputy commissioner at FDA")
    assert taylor.speaker == "Michael Taylor"


def test_analyze_a_shows_name_is_no_other_person(briefed):
    # "Ivan Urgant, and appeared on his show, Evening Urgant" ... "Urgant noted, "We're ...""
    [host] = quotes_in(briefed[_HOSTS], "Urgant noted")
    assert host.speaker == "Ivan Urgant"


def test_analyze_a_one_word_answer_after_what_the_speaker_did(briefed):
    # "The chances of the band performing live again are, he says rolling his eyes, "zero"."
    # (no row since quotes88: one word closing the writer's clause means nothing alone)
    assert _pairs(briefed[_ZEPPELIN], "rolling his eyes") == []


def test_analyze_a_statement_two_people_made_is_theirs(briefed):
    # ""The second anniversary ... remembrance,” said Newtown's highest elected official,
    # First Selectman Patricia Llodra, and Superintendent of Schools Joseph Erardi, ...":
    # the first one's since this pass, both since the sixty-fifth (test_quotes_reader65.py)
    [statement] = quotes_in(briefed[_NEWTOWN], "The second anniversary, like the first")
    assert statement.speaker == "Patricia Llodra and Joseph Erardi"
    assert statement.text.text.endswith("in personal reflection and remembrance")
