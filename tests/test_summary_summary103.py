"""The summary a reader sees, ninety-second pass (summary103), on raw Multi-News validation
clusters (0-based lines of the file): a page written as "we" throughout (raw 166's American
Airlines notes, "In an effort to get Karen to Jack as soon as possible, we are flying her to
JFK this evening ...") shows no "we" of its own beside other articles, nor its thanks, nor
opens the summary another outlet's lead can open; a page's "Please ..." request and a link's
"Headline [Site]" line are the page's, not the story's."""

from __future__ import annotations

import pytest

from chorus.summarize.credit_lines import speaks_as_we
from chorus.summarize.own_voice import OwnPages, thanks_reader
from chorus.summarize.page_lines import link_title
from chorus.summarize.reader_address import addresses_reader
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary
from tests.test_summary_reader33 import _rows


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 220 (Romney's op-ed, "we" in 0.36 of its lines)."""
    return read_clusters(RAW_VALIDATION, 221)


def _pages(cluster: dict):
    """The cluster's sentences flattened, with an `OwnPages` reading them."""
    flat, starts, article_of = _rows(cluster)
    return flat, article_of, OwnPages(flat, starts, article_of)


def test_a_page_written_as_we_is_read_and_a_report_or_an_op_ed_is_not(clusters):
    flat, article_of, pages = _pages(clusters[166])
    everything = range(len(flat))
    found = pages.written_as_we(everything)
    texts = [flat[row].text for row in found]
    assert any(t.startswith("In an effort to get Karen to Jack") for t in texts)
    assert any(t.startswith("From all of us at American") for t in texts)
    # its thanks in no "we": the page's own too
    assert any(t.startswith("In the meantime, thanks to those of you") for t in texts)
    # only the airline's page: Consumerist's report (quoting the airline's statement) is not
    assert {int(article_of[row]) for row in found} == {0}
    assert pages.on_own_page(found[0])
    # the airline page's lines saying no "we" and thanking no one stay
    assert not any(t.startswith("Unfortunately, Jack the cat had to be") for t in texts)
    # Romney's op-ed says "we" in 0.36 of its lines: a writer's page, not a "we" page
    flat, _, pages = _pages(clusters[220])
    said = [row for row in range(len(flat)) if speaks_as_we(flat[row].text)]
    assert len(said) >= 10
    assert pages.written_as_we(said) == []


def test_the_airline_s_we_lines_are_left_out_and_the_report_opens_the_summary(clusters):
    shown = summary(clusters[166])
    for opening in (
        "From all of us at American",
        "We also thank all of you",
        "In an effort to get Karen to Jack",
        "As Jack has been on his own for two months, we",
        "In the meantime, thanks to those of you",
        "Please continue showing your support",
    ):
        assert not any(text.startswith(opening) for text in shown)
    assert not any(speaks_as_we(text) for text in shown)
    # the escape, told by Consumerist, opens it; the airline's news of his death is kept
    assert shown[0].startswith("Before the flight to his new home in California")
    assert "Unfortunately, Jack the cat had to be euthanized by the veterinarian today." in shown


def test_an_outlet_post_in_its_own_voice_loses_its_we_lines_and_another_lead_opens(clusters):
    shown = summary(clusters[71])
    assert not any("we're not sure if the People's Daily" in text for text in shown)
    assert not any("please visit our friends" in text for text in shown)
    assert shown[0].startswith("U.S. website The Onion has named North Korean")


def test_a_request_to_the_reader_and_a_link_line_are_the_page_s(clusters):
    please = sentence(clusters[166], "Please continue showing your support")
    assert addresses_reader(please)
    assert not addresses_reader('"Please help us find him," she said.')
    assert link_title(sentence(clusters[166], "Jack The Cat is Lost in AA Baggage"))
    assert link_title(sentence(clusters[107], "After jobs speech, GOP candidates jump"))
    # a bracketed word inside a sentence, or after its full stop, is no link
    assert not any(link_title(text) for text in sentences(clusters[188]))
    assert not link_title("The court upheld the ruling. [Reuters]")
    assert thanks_reader(sentence(clusters[166], "In the meantime, thanks to those of you"))
    assert not thanks_reader('"Thank you," she said.')
    assert not speaks_as_we('"We will fly her," the airline said.')
