"""The summary a reader sees, thirty-ninth pass, on raw Multi-News validation clusters
(0-based lines of the file): a quotation opening on "These" shown apart from what it stands
for (raw 194's “These are the earliest recorded uses ...,” Mayor said., after the sieges of
429 and 424 BC the summary leaves out), and a summary opening on one page's reaction before
another page's lead tells the news it reacts to (185's Sculthorpe, "called the work an
“insult.”", before "An artist has been buried alive beneath a busy Hobart road ...")."""

from __future__ import annotations

import pytest

from chorus.summarize.steps_apart import step_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_quotation_opening_on_these_below_another_line_is_left_out(clusters):
    """Raw 194's "These" are the Spartan and Boeotian fires the article tells just before
    the quotation; shown below the Gandhara fire ball, Mayor seems to call that the earliest
    use of poison gas. Right after the sentence before it, the "These" reads as it should."""
    texts = sentences(clusters[194])
    these = texts.index(sentence(clusters[194], "“These are the earliest recorded uses"))
    missile = texts.index(sentence(clusters[194], "“The burning missile had been hurled"))
    assert missile < these - 1
    assert step_apart(texts, [missile, these]) == [these]
    assert step_apart(texts, [these - 1, these]) == []
    assert texts[these] not in summary(clusters[194])


def test_a_quoted_these_shown_first_or_a_quoted_this_is_left(clusters):
    """Shown first, nothing before a "These" is the wrong thing (44's "These will be the last
    shows ...," Weir tells Billboard.); a quoted "This is ..." most often speaks of the news
    itself (68's “This is a huge deal,” ...); "These days" is a time."""
    texts = sentences(clusters[44])
    shows = texts.index(sentence(clusters[44], '"These will be the last shows'))
    assert step_apart(texts, [shows]) == []
    huge = sentence(clusters[68], "“This is a huge deal,”")
    days = "“These days, nobody reads the fine print,” he said."
    assert step_apart([huge, days, "A line.", huge, days], [2, 1, 4]) == []
    assert step_apart(["A line.", days, "Another.", huge], [0, 3]) == []


def test_the_news_reads_before_the_reaction_to_it(clusters):
    """Raw 185: the NYT fragment opens on Sculthorpe's verdict on "the work"; ABC's lead,
    below its title line, tells what work. The summary reads that lead first, then the
    NYT's lines in their own order."""
    shown = summary(clusters[185])
    lead = sentence(clusters[185], "An artist has been buried alive")
    verdict = sentence(clusters[185], "Heather Sculthorpe")
    assert shown[0] == lead
    assert verdict in shown
    # the NYT page is the first article: its sentences come before ABC's
    texts = sentences(clusters[185])
    nyt = [t for t in shown if texts.index(t) < texts.index(lead)]
    assert len(nyt) >= 3 and shown.index(nyt[0]) > 0 and nyt[0] == verdict
    assert [texts.index(t) for t in nyt] == sorted(texts.index(t) for t in nyt)
