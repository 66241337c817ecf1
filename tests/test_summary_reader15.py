"""The summary a reader sees, after the twenty-fourth reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): a summary sentence cites the outlet that
retells it (`summarize.citations`), a question in the writer's own words is never shown
(`newsroom.writers_question`), and a quotation closing on ", he said." waits for the
sentence naming him (`told_before.credits_a_pronoun`)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.model import SummarySentence
from chorus.summarize.newsroom import writers_question
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.told_before import credits_a_pronoun
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import leans, shown_only_after_the_sentence_before
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _cited(cluster: dict, opening: str) -> SummarySentence:
    """The 250-word summary's sentence opening with `opening`."""
    shown = brief(cluster["documents"], words=250, analyze=False).summary
    return next(s for s in shown if s.text.startswith(opening))


def test_a_quotation_retold_by_another_outlet_cites_it(clusters):
    """11: Stallone's "I am incredibly flattered ..." cited [1] alone, where the analysis
    shows it agreed by [1][2] (the vectors' cosine 0.83, under the 0.84 of a near-duplicate)."""
    flattered = _cited(clusters[11], '"I am incredibly flattered')
    assert len(flattered.also) == 1
    assert flattered.also[0].text.startswith("“I am incredibly flattered to have been")
    assert flattered.also[0].text.endswith("he said in a statement.")
    assert len({s.article.id for s in flattered.sources}) == 2


@pytest.mark.parametrize(
    ("line", "opening", "other"),
    [
        # one mayor's two deeds (a mean of 0.61)
        (27, "London Mayor Sadiq Khan said", "Mayor of London Sadiq Khan led the short ceremony."),
        # four rebels killed / 18 troops wounded, one spokesman (0.66)
        (76, "Rami Abdel Rahman, head of the Syrian", "Rami Abdel Rahman, the head of the UK"),
    ],
)
def test_a_sentence_telling_another_fact_is_not_cited(clusters, line, opening, other):
    shown = _cited(clusters[line], opening)
    assert not any(s.text.startswith(other) for s in shown.also)


def test_the_writers_questions_are_not_shown(clusters):
    """162: "Will the comic book Thor diverge ...?" and a press release's "Where did she come
    from ...?" were two of the summary's lines."""
    for opening in ("Will the comic book Thor diverge", "Where did she come from"):
        assert writers_question(_sentence(clusters[162], opening))
    shown = _summary(clusters[162])
    assert len(shown) >= 6
    assert not any(line.rstrip().endswith("?") for line in shown)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (37, "What is the message you want to get out?"),  # an interviewer's
        (205, "How could the wrong film have been named"),
        (102, "Could Obama have been Trayvon Martin"),
    ],
)
def test_a_question_the_summary_showed_is_left_out(clusters, line, opening):
    assert writers_question(_sentence(clusters[line], opening))
    assert not any(s.startswith(opening) for s in _summary(clusters[line]))


def test_a_question_inside_a_quotation_is_someones_words(clusters):
    """227: a congressman's question quoted with the words before it stays a candidate."""
    quoted = _sentence(clusters[227], "“He’s trying to put someone in there")
    assert quoted.endswith("or is he not?”")
    assert not writers_question(quoted)
    assert not writers_question("Is the plan working? Officials say it is.")


def test_a_quotation_credited_to_he_waits_for_the_sentence_naming_him(clusters):
    """218: '“We don’t think it’s from the ships” involved in the search, he said.' was shown
    after the Bluefin's timing, so "it" read as the Bluefin, not the oil slick."""
    opening = "“We don’t think it’s from the ships”"
    assert credits_a_pronoun(_sentence(clusters[218], opening))
    assert leans(clusters[218], opening)
    assert shown_only_after_the_sentence_before(clusters[218], opening)


def test_a_time_after_the_sentence_before_waits_for_it(clusters):
    """104: "Just days later, the U.S. military announced ..." was shown once without
    "North Korea again tested ballistic missiles this week ..." before it."""
    opening = "Just days later, the U.S. military announced"
    assert refers_to_before(_sentence(clusters[104], opening))
    assert shown_only_after_the_sentence_before(clusters[104], opening)
    for text in ("Moments later, Banks said she found her daughter", "A day later, Kevin Johnson"):
        assert refers_to_before(text)
    assert not refers_to_before("Later that year, the band toured Europe.")
