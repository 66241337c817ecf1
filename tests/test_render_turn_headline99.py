"""A lead shown whole is shown with its article's next line when that line, right below it
in the summary, turns the story with "But" (headline99): raw validation 67. The lead judged
tests/test_headline_reader17.py's blind 67 (the lead alone, judged "background") mended by it."""

from __future__ import annotations

from types import SimpleNamespace

from chorus.render.headline_choice import headline
from chorus.render.headline_twist import turn_after
from tests.briefings import briefing, raw_briefing

_LEAD = (
    "District Court Judge Lou Olivera sentenced a retired Green Beret to lock-up for a"
    " probation violation."
)
_TURN = "But when the cell door closed behind that war veteran, the judge was locked up with him."


def test_the_judge_locked_up_with_the_veteran_heads_with_its_lead():
    briefing_67 = raw_briefing(67)
    chosen = headline(briefing_67)
    assert chosen.text == f"{_LEAD} {_TURN}"
    assert chosen.source == "summary sentences 1–2"
    assert chosen.number == 1
    # The summary is as it was: the headline's number is the lead's.
    assert [s.text for s in briefing_67.summary[:2]] == [_LEAD, _TURN]


def test_no_other_headline_of_the_clusters_read_takes_a_turn():
    # Over the 280 headlines (raw 250, DUC 30) only 67's changed: 44's lead is cut and its
    # next line opens "However,"; 31's "But GDF5 ..." is its article's fourth line.
    for corpus, line in (("raw", 3), ("raw", 31), ("raw", 44), ("duc", 15)):
        assert "sentences" not in headline(briefing(corpus, line)).source


def _summary(*texts: str) -> list[SimpleNamespace]:
    """Summary sentences of one article, its lines in order from its lead."""
    article = object()
    return [
        SimpleNamespace(text=text, shown=SimpleNamespace(article=article, index=index))
        for index, text in enumerate(texts)
    ]


def test_a_turn_is_told_not_asked_nor_pointed_at_and_fits():
    summary = raw_briefing(67).summary
    assert turn_after(summary, 1, _LEAD) == _TURN
    assert turn_after(summary, len(summary), summary[-1].text) is None
    assert turn_after(summary, 2, summary[1].text) is None  # not a lead
    assert turn_after(summary, 1, _LEAD + " x" * 6) is None  # past 200 characters
    lead = "A Kansas mom thought she was going to jail when she was caught stealing at Walmart."
    assert turn_after(_summary(lead, "But what happened next left her in tears."), 1, lead) is None
    asked = "But will they be wiling to go to Austria for the McRibster?"
    assert turn_after(_summary(lead, asked), 1, lead) is None
    told = "But the store's officer paid for her groceries."
    assert turn_after(_summary(lead, told), 1, lead) == told
    other = _summary(lead, told)
    other[1].shown.article = object()  # another article's line
    assert turn_after(other, 1, lead) is None
