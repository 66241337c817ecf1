"""The summary a reader sees, thirty-third pass, on raw Multi-News validation clusters
(0-based lines of the file): a speaker's own page saying "I" in words another outlet
quotes (raw 133's Knox blog, raw 212's Alexander essay); a quotation left open opening the
summary; sentences presuming what their article told right before ("Also released was
...", "Failure to pay ...", "that “moment”", "A short while later, ..."); a wire dateline
giving a date ("FLORENCE, Italy, Feb. 25 (UPI) -- ")."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.dangling import goes_on
from chorus.evaluate.datasets import load
from chorus.sentences import split
from chorus.summarize.credit_lines import quotation_alone
from chorus.summarize.own_voice import OwnPages, block_quoted
from chorus.summarize.presumed import presumes_before
from chorus.summarize.refers_before import refers_to_before
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.summary_texts import (
    before_and,
    sentence,
    sentences,
    shown_only_after_the_sentence_before,
    summary,
)


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 213)


def _rows(cluster: dict):
    """The cluster's sentences flattened, their article starts and each row's article."""
    per_article = [split(clean(a)) for a in as_articles(cluster["documents"])]
    flat = [s for group in per_article for s in group]
    counts = [len(group) for group in per_article]
    starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
    article_of = np.repeat(np.arange(len(counts)), counts)
    return flat, starts, article_of


def test_knox_blog_saying_me_is_no_longer_shown(clusters):
    """Raw 133: Knox's blog (A2) writes "Raffaele has plenty of reason for resentment, but
    not against me." in her own voice; the Independent quotes the same words and says she
    said them. Shown from the blog, "me" was no one: out. A0's quotation of it, left open
    past its sentence, does not open the summary without its credit either."""
    shown = summary(clusters[133])
    assert "Raffaele has plenty of reason for resentment, but not against me." not in shown
    assert not any(t.startswith("“Raffaele has plenty of reason") for t in shown)
    # Sollecito's own answer is shown only after the questions it answers (thirty-fourth
    # pass: its "he" names no one)
    assert shown_only_after_the_sentence_before(clusters[133], "Responding to the Italian")


def test_a_writers_own_page_is_told_from_a_block_of_someone_elses_words(clusters):
    """Raw 133's A2 is Knox's blog: its "I" rows are its speaker's own page. Raw 121's A0 is
    a third-person report that sets Dunn's words as a block below "... Dunn told fiancée
    Rhonda Roue that he felt "attacked" ...:": those rows are the block's, not A0's own."""
    flat, starts, article_of = _rows(clusters[133])
    blog = [n for n, s in enumerate(flat) if s.text.startswith("Raffaele has plenty of reason")]
    assert OwnPages(flat, starts, article_of).rows(blog) == blog
    flat, starts, article_of = _rows(clusters[121])
    block = block_quoted(flat, starts)
    first = next(n for n, s in enumerate(flat) if s.text.startswith("I was the one that was"))
    assert flat[first - 1].text.endswith("fled his violent assault:")
    assert block[first : first + 3].all() and not block[first - 1]
    assert not block[first + 3]  # “I’m the f*** victim here,” he said ...: quoted, credited
    assert OwnPages(flat, starts, article_of).rows(range(first, first + 3)) == []


def test_an_essay_quoted_by_its_critic_is_shown_with_a_speaker(clusters):
    """Raw 212: Eben Alexander's Newsweek essay says "... while my body lay in coma, my mind
    ... was alive and well."; the critic's article quotes it as his. Out of the summary."""
    shown = summary(clusters[212])
    assert not any(t.startswith("There is no scientific explanation for the fact") for t in shown)


def test_a_quotation_left_open_is_a_quotation_alone():
    assert quotation_alone("“Raffaele has plenty of reason for resentment, but not against me.")
    assert quotation_alone('"I\'m the victor but I was the victim too."')
    assert not quotation_alone("“This is not the case,” she said.")
    assert not quotation_alone("Knox wrote that “he happens to be my alibi.”")


def test_also_released_waits_for_what_was_released(clusters):
    """Raw 121: "Also released was a letter ..." follows the release of nine calls; shown
    without it, nothing had been released (so 72's "Also adopted was ..."). An "Also" with a
    day ("Also Tuesday, McCain hosted ...", raw 182) tells a deed of its own, and 46's "Also
    along for the ride are ..." names who reads alone."""
    texts = [
        sentence(clusters[121], "Also released was a letter"),
        sentence(clusters[72], "Also adopted was one by McConnell"),
        sentence(clusters[46], "Also along for the ride are"),
        sentence(clusters[182], "Also Tuesday, McCain hosted"),
        "Also, Kroll was dealing with an H.R. complaint.",
    ]
    assert goes_on(texts).tolist() == [True, True, False, False, True]
    assert not any(t.startswith("Also released was") for t in summary(clusters[121]))


def test_a_failure_to_pay_waits_for_the_fine(clusters):
    """Raw 127: "Failure to pay would result in ..." comes after "It also imposed a fine of
    3,000 Bahraini dinars"; DUC's "Failure to do so will only ensure ..." after what must be
    done. Neither is shown apart from it."""
    pair = before_and(clusters[127], "Failure to pay would result")
    assert pair[0].startswith("It also imposed a fine of 3,000 Bahraini dinars")
    assert presumes_before(pair, [0]).tolist() == [False, True]
    duc = load(DATA / "duc2003-task2.jsonl.gz").clusters[2]
    texts = sentences({"documents": list(duc.documents)})
    at = next(n for n, t in enumerate(texts) if t.startswith("Failure to do so"))
    assert presumes_before(texts[at - 1 : at + 1], [0]).tolist() == [False, True]
    shown = summary(clusters[127])
    assert not any(t.startswith("Failure to pay") for t in shown)


def test_that_moment_points_at_the_mothers_words(clusters):
    """Raw 129: "Now, Shinozuka hopes to bring that “moment” to more families." quotes the
    word of his mother's "It was such a great moment." right before it; raw 204's "claimed
    that “unethical liberals” ..." opens a clause, its words quoted nowhere before."""
    before, text = before_and(clusters[129], "Now, Shinozuka hopes to bring that")
    assert before.endswith('It was such a great moment."')
    assert presumes_before([before, text], [0]).tolist() == [False, True]
    other = "Shinozuka recently demonstrated the technology."
    assert presumes_before([other, text], [0]).tolist() == [False, False]
    pair = before_and(clusters[204], "The motions come days after Scott claimed")
    assert presumes_before(pair, [0]).tolist() == [False, False]


def test_a_short_while_later_waits_for_what_it_follows(clusters):
    """Raw 121: "A short while later, Phillip Dunn said again, ..." follows another remark;
    shown in place of "Also released ...", it tells "again" of nothing shown."""
    assert refers_to_before(sentence(clusters[121], "A short while later, Phillip Dunn"))
    assert not any(t.startswith("A short while later") for t in summary(clusters[121]))


def test_a_dateline_giving_a_date_is_left_out(clusters):
    """Raw 133's UPI lead opens "FLORENCE, Italy, Feb. 25 (UPI) -- ", 63's "NEW YORK, May 18
    (UPI) -- ", 113's "MONDAY, July 2 (HealthDay News) -- ": the summary shows each lead past
    it. "HOUSTON (AP) — " and its like keep the agency's credit (stop 35)."""
    assert any(
        t.startswith("Raffaele Sollecito has consistently stood") for t in summary(clusters[133])
    )
    # summary125 (stop 56): 63's UPI lead, read past its dateline, is the third telling of
    # Crayola's warning and is left out as retold; no "(UPI)" shows there, as below.
    assert not any(t.startswith("NEW YORK, May 18") for t in summary(clusters[63]))
    assert any(t.startswith("Whether a person's injury will lead") for t in summary(clusters[113]))
    assert not any(
        "(UPI)" in t or "(HealthDay" in t for n in (63, 113, 133) for t in summary(clusters[n])
    )
