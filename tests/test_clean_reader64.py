"""Cleaning, stop 42 (cleaning47): a sixty-fourth reader found in raw validation (0-based)
15 Reuters' stock tickers shown in the summary and keeping its Kors deal from the Agreed
section (then "No fact is reported by two or more outlets"), and 72 [1], a Reuters story whose
dateline lost "(Reuters) -", shown as outlet unknown though it closes on Reuters' credit
"(Reporting by David Lawder; Editing by Tom Heneghan)". A ticker is taken out as the text is
read (a change, so spans stay exact); the credit names Reuters."""

from __future__ import annotations

import pytest

from chorus.ingest.repairs import STOCK_TICKER, as_read, changes_said
from tests.briefings import DUC, raw_briefing
from tests.conftest import read_clusters
from tests.gold import as_written
from tests.raw_pages import outlet_read, raw_clusters, raw_document, sources_markdown

_KORS_LEAD = (
    "LONDON (Reuters) - U.S. retailer Michael Kors agreed to buy luxury shoemaker Jimmy Choo "
    "for $1.2 billion, snapping up a British company"
)


def _given(text: str, changes) -> str:
    """The text given, rebuilt from the text as read as docs/json-schema.md says."""
    for change in reversed(changes):
        text = text[: change.start] + change.given + text[change.end :]
    return text


def test_reuters_tickers_are_taken_out_as_changes_that_map_back_to_the_page():
    page = raw_document(15, 2)
    text, changes = as_read(page)
    assert [change.given for change in changes] == [
        " (KORS.N)",
        " CHOO.L",
        " COH.N",
        " KATE.N",
        " (PRTP.PA)",
    ]
    assert {change.reason for change in changes} == {STOCK_TICKER}
    assert text.startswith(_KORS_LEAD)
    assert "maker Coach struck a deal to buy quirky fashion brand Kate Spade & Co, as" in text
    assert "Companies such as Kering SA have implemented the multi-brand strategy" in text
    assert _given(text, changes) == page
    assert changes_said(text, changes) == "5 stock tickers taken out (e.g. '(KORS.N)')"


def test_a_ticker_whose_symbol_the_page_calls_the_company_by_stays():
    # 61 [0] goes on "GMCR reported fiscal Q1 results …": the bracket introduces that name.
    page = raw_document(61, 0)
    assert "Keurig Green Mountain (NASDAQ:GMCR) and its effort" in page
    assert as_read(page) == (page, ())
    # 18 [2], XO Group's release, writes "(NYSE: XOXO, xogroupinc.com)" beside it.
    assert as_read(raw_document(18, 2))[1] == ()


def test_only_raw_15_s_reuters_story_carries_tickers_in_raw_and_duc():
    pages = {
        (corpus, number, index): page
        for corpus, clusters in (("raw", raw_clusters()), ("duc", read_clusters(DUC, 30)))
        for number, cluster in enumerate(clusters)
        for index, page in enumerate(cluster["documents"])
    }
    ticked = [
        place
        for place, page in pages.items()
        if any(change.reason == STOCK_TICKER for change in as_read(page)[1])
    ]
    assert ticked == [("raw", 15, 2)]


@pytest.mark.parametrize(
    "text",
    [
        # A glued sentence end on a Reuters page: "I" closes initials, not an exchange.
        "The deal was first reported by the BBC.I think so, a Reuters source said.",
        "Its envoys (U.N) and its partners met in Geneva, Reuters reported.",
        # Bare codes are read only on a page naming Reuters.
        "Coach COH.N struck a deal to buy Kate Spade.",
        "The ticker shows (KORS.N ) as given.",
    ],
)
def test_initials_and_codes_off_a_reuters_page_stay(text):
    assert as_read(text) == (text, ())


def test_the_kors_deal_is_agreed_and_the_summary_shows_no_ticker():
    briefing = raw_briefing(15)
    shown = [sentence.text for sentence in briefing.summary]
    # summary54 shows the deal once, in the Times' telling ("896 million pounds, or about
    # $1.2 billion"); Reuters' lead, its tickers repaired out, is the agreed row's support
    assert sum("$1.2 billion" in text for text in shown) == 1
    assert not any(code in text for text in shown for code in ("KORS.N", "CHOO.L"))
    agreed = briefing.analysis.agreed
    assert agreed, "the Times and Reuters both report the deal"
    support = [s for fact in agreed for s in fact.support]
    # read as written: the row shows it past its dateline (clean62)
    assert any(as_written(s).startswith(_KORS_LEAD) for s in support)
    times = "Jimmy Choo, which shot to prominence thanks to celebrity patrons like Princess Diana"
    assert any(fact.statement.text.startswith(times) for fact in agreed)


@pytest.mark.parametrize(("line", "index"), [(72, 1), (87, 0), (110, 2), (191, 2)])
def test_reuters_credit_to_its_reporters_and_editors_names_reuters(line, index):
    page = raw_document(line, index)
    credit = page.rstrip().rsplit("\n", 1)[-1]
    assert credit.startswith(("(Reporting by ", "(Additional reporting by "))
    assert "; Editing by " in credit
    assert outlet_read(page) == ("Reuters", "wire's editing credit")
    # Without the credit the page names no outlet: 87 [0]'s "Rodman told Reuters" is how
    # any page cites the agency.
    assert outlet_read(page.replace(credit, "")) is None


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by David Lawder)",
        "With reporting by Ray Waddell",
        "— with additional reporting by Lloyd Grove",
        "The study's reporting by region; editing by hand (see below).",
    ],
)
def test_a_contributor_credited_without_an_editor_names_no_outlet(line):
    assert outlet_read(f"The Senate passed the budget on Friday.\n\n{line}") is None


def test_raw_72_lists_reuters_and_quotes_its_credit(tmp_path):
    markdown, notes = sources_markdown(72, tmp_path)
    assert "2. **Reuters**" in markdown
    assert any(
        "outlet 'Reuters' read from its wire's editing credit, "
        "'(Reporting by David Lawder; Editing by Tom Heneghan)'" in note
        for note in notes
    )
