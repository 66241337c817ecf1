"""The forty-seventh agreement pass: two sentences that share only who someone is (reader 49;
raw validation clusters, 0-based, file order), each read against the articles. Raw 176's
"Deputy Ambassador Ibrahim Dabbashi said Monday that if Gadhafi does not relinquish power,
"the Libyan people will get rid of him."" is not agreed by "... the meeting ... had been
requested by Ibrahim Dabbashi, the Libyan deputy ambassador, ...": a name and its role,
said twice, beside two things he did. An award that names a role ("Best Actress") is the
fact, not who."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from chorus.analyze.own_words import only_who
from chorus.analyze.similarity import stems
from tests.briefings import DUC
from tests.conftest import RAW_VALIDATION
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (8, 176))


def test_a_name_and_its_role_support_no_remark(analyses):
    remark = "Deputy Ambassador Ibrahim Dabbashi said Monday"
    assert not pair_shown(analyses[176], remark, "had been requested by Ibrahim Dabbashi")
    # the outlets' one telling of Gaddafi's words on state TV stays agreed
    assert pair_shown(analyses[176], "I am in Tripoli and not in Venezuela", "dog stations")
    assert pair_shown(analyses[176], "Ban Ki-moon", "must stop immediately")


def test_members_of_one_fraternity_tell_two_facts(analyses):
    # raw 8: who was charged, and the fraternity's lost recognition
    assert not pair_shown(
        analyses[8], "has recently lost its recognition", "The six students charged were"
    )


def _only_who(a: str, b: str) -> bool:
    return only_who(a, b, stems(a), stems(b))


def test_a_role_said_of_two_people():
    # DUC 29: Wang Youcai a student leader of 1989, and Wang Dan, another one tried in 1996
    youcai = data_sentence(DUC, 29, "Wang was a student leader in 1989's")
    wang_dan = data_sentence(DUC, 29, "since Tiananmen Square student leader Wang Dan")
    assert _only_who(youcai, wang_dan)
    # raw 176: the role written capitalised before the name, and after it in lower case
    remark = data_sentence(RAW_VALIDATION, 176, "Deputy Ambassador Ibrahim Dabbashi said")
    assert _only_who(remark, data_sentence(RAW_VALIDATION, 176, "had been requested by Ibrahim"))


def test_an_award_is_no_role():
    # raw 205: Emma Stone's Best Actress, told by both
    won = data_sentence(RAW_VALIDATION, 205, "who had won Best Actress")
    assert not _only_who(won, data_sentence(RAW_VALIDATION, 205, "who claimed best actress"))
