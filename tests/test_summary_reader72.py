"""The summary a reader sees, fifty-fifth pass, on raw Multi-News validation clusters (0-based
lines of the file; reader 72): openers that are not the news. Raw 40 opened on a quotation
"reads that filing" (whose?) and showed the writer's questions; its headline, and 194's, is
never cut inside the opening clause before the main one."""

from __future__ import annotations

import pytest

from chorus.render.headline_choice import headline
from chorus.summarize.newsroom import writers_question
from chorus.summarize.pointed_at import points_at_before
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 203 (Betty White, the last one read here)."""
    return read_clusters(RAW_VALIDATION, 204)


_FILING = "“The Klingon language itself is an idea or a system"
_MOTION = "Nowhere in its 1,288 compendium does the U.S. Copyright Office"
_SUIT = "The crowdfunded, critically successful fan-film Prelude to Axanar"
_QUESTIONS = {
    40: ("So who is in the right on this one?", "But what about a language that you construct"),
    57: ("But will they be wiling to go to Austria for the McRibster?",),
    203: ("But can she hang with the grueling workouts and routines?",),
}


def test_that_filing_waits_for_the_sentence_telling_the_filing(clusters):
    before, line = before_and(clusters[40], _FILING)
    # [1]'s sentence before tells the filmmakers' "motion to dismiss", the filing meant
    assert before.startswith(_MOTION) and "in filing their motion to dismiss" in before
    assert points_at_before(line)
    # "that filing" before a verb is a clause, not a filing pointed at
    assert not points_at_before("He said that filing a lawsuit would take months.")
    # a filing the sentence tells first is the one it points at
    assert not points_at_before("The studio filed a reply, and that filing calls it absurd.")


def test_a_question_after_so_but_or_and_is_the_writers(clusters):
    for number, questions in _QUESTIONS.items():
        for question in questions:
            assert writers_question(sentence(clusters[number], question)), question
    # a quotation asking, and a statement opening "And", are not the writer's questions
    assert not writers_question("“So who is right?” Adelman asked.")
    assert not writers_question("And what he found surprised him.")


def test_raw_40_opens_on_the_suit_and_asks_nothing(clusters):
    shown = summary(clusters[40])
    # an article's lead opens it: the suit, or [1]'s setup (the paraphrase of the filing
    # left out as its page's retelling, [1]'s lead has the room; the briefing opens so too)
    assert shown[0].startswith((_SUIT, "While you can copyright scripts, novels"))
    assert any(text.startswith(_SUIT) and "filed suit" in text for text in shown)
    for question in _QUESTIONS[40]:
        assert not any(text.startswith(question) for text in shown)
    texts = sentences(clusters[40])
    filing = next(n for n, text in enumerate(texts) if text.startswith(_FILING))
    # the filing's quotation is shown only below the sentence telling the motion
    assert texts[filing] not in shown or shown.index(texts[filing - 1]) + 1 == shown.index(
        texts[filing]
    )


@pytest.mark.parametrize("number", [57, 203])
def test_the_writers_question_is_left_out(clusters, number):
    shown = summary(clusters[number])
    assert len(shown) >= 6
    for question in _QUESTIONS[number]:
        assert question not in shown


def test_a_headline_is_not_cut_inside_its_opening_clause():
    # 40's [1] lead "While you can copyright scripts, ..., you can’t actually copyright the
    # English language." opens the briefed summary; cut at its last comma it keeps only the
    # "While" clause, so the suit heads the briefing
    briefing = raw_briefing(40)
    assert briefing.summary[0].text.startswith("While you can copyright scripts, novels")
    chosen = headline(briefing)
    assert chosen.text.startswith(_SUIT)
    # 194: the "If ..." clause alone (a reader judged it "cut badly"), then a credit alone
    # ("According to ... Simon James, who published his findings back in 2009…"); since
    # headline88 the credit's relative clause is left out and the clause it credits shown.
    chosen = headline(raw_briefing(194))
    assert not chosen.text.startswith("If Syrian President")
    assert "who published his findings" not in chosen.text
    assert "poison gas was used in Syria" in chosen.text
