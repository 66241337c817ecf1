"""The fifty-seventh agreement pass (reader63; raw validation clusters, 0-based, file order),
each read against the articles. In raw 217 Parker's letter, quoted by [2] ("“... we find it
puzzling given our extremely public stance on the illegal subsidies that Qatar, Emirates and
Etihad have all received ...,” Parker wrote."), was agreed by [1]'s "US airlines have raised
concerns that the subsidies ... could squeeze them out of key markets.": [1] never tells of
the letter. In raw 198 "... isn't positive Hillary Clinton will run for president ..." was
agreed by "However, Gillibrand has said repeatedly that Hillary Clinton should run." with no
mark that it tells her wish, not her doubt. In raw
227 "majority owner of far-right Breitbart News" stood as "(all)" on [2]'s "... invest ten
million dollars in Breitbart News, in exchange for a large stake."."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_moods import told_in_another_mood
from chorus.analyze.agreement_parts import told_in_part
from chorus.analyze.agreement_voices import remark_untold
from chorus.analyze.model import Analysis, Fact
from tests.conftest import DATA
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters

# raw 103: Poe's own words, quoted by HuffPost after "Poe told HuffPost"
POE = (
    "“This judge got it wrong. There is an archaic philosophy in some courts that sin ain’t "
    "sin as long as good folk do it,” said Poe."
)
POE_ELSEWHERE = '"The judge was wrong on this."'
# raw 228: one plan told as what should and what would be done
SHOULD_WAIT = (
    "He said that on the trial date, the couple should wait outside the courthouse, where the "
    "attorney's associate, Edgar Rodriguez, would be holding the cash, authorities alleged."
)
WOULD_WAIT = "He said Rodriguez would wait outside the courthouse holding the cash."


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (198, 217, 227))


def _item(analysis: Analysis | None, words: str) -> Fact:
    assert analysis is not None
    found = [fact for fact in analysis.agreed if words in fact.statement.text]
    assert len(found) == 1, words
    return found[0]


def _documents(line: int) -> str:
    return "".join(raw_clusters()[line]["documents"])


def test_parker_s_letter_is_not_told_by_the_subsidies_it_speaks_of(analyses):
    assert "US airlines have raised concerns that the subsidies" in _documents(217)
    letter = _item(analyses[217], "we find it puzzling")
    assert not any("US airlines have raised concerns" in s.text for s in letter.support)
    # [3] quotes the letter's words: still agreed
    assert pair_shown(analyses[217], "we find it puzzling", "In a letter to employees")


def test_the_speaker_s_own_words_elsewhere_still_tell_his_remark():
    assert POE in _documents(103) and POE_ELSEWHERE in _documents(103)
    assert not remark_untold(POE, POE_ELSEWHERE)
    # raw 144's transcript gives Obama's words without quotation marks
    assert "I-- I'm used to being an underdog." in _documents(144)
    assert not remark_untold(
        '"I\'m used to being an underdog," Obama said.', "I-- I'm used to being an underdog."
    )


def test_whether_she_should_run_tells_in_part_whether_she_will(analyses):
    # the blind gold of agreement_new_text7 judged the pair one fact (her wish): it stays,
    # marked, as the reader asked
    run = _item(analyses[198], "isn't positive Hillary Clinton will run")
    assert any("Clinton should run" in s.text for s in run.support)
    assert set(run.partial) == {s.article.id for s in run.support} != set()
    # one plan told as what should and what would be done (raw 228): "wait" in both moods
    assert SHOULD_WAIT in _documents(228) and WOULD_WAIT in _documents(228)
    assert told_in_another_mood(SHOULD_WAIT, [WOULD_WAIT])
    # told in both moods by the supports, the deed is told whole
    assert not told_in_another_mood(SHOULD_WAIT, [WOULD_WAIT, SHOULD_WAIT])


def test_a_large_stake_tells_a_majority_owner_in_part(analyses):
    breitbart = _item(analyses[227], "majority owner of far-right Breitbart News")
    others = {s.article.id for s in breitbart.support} - {breitbart.statement.article.id}
    assert set(breitbart.partial) == others != set()
    # "the most seats" claims the degree "the largest party" does (DUC 18)
    duc = DATA / "duc2003-task2.jsonl.gz"
    largest = data_sentence(duc, 18, "is the largest party in parliament")
    most = data_sentence(duc, 18, "since it has the most seats in Parliament")
    assert not told_in_part(largest, [most])
