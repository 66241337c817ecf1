"""The headline's thirty-ninth pass (headline101): a feature's kicker, wordplay turning on ", but"
to a pronoun with no figure, day or name (raw validation 64's "No one liked the government
shutdown, but apparently, it wasn’t without love."), heads no briefing; a title read from its
article's first line heads over a lead the headline would cut before the news the title tells
(raw 58's "Former employees indicted for leaking nude images of Virgin Islands delegate" over
"... were indicted Thursday…"). 56's and 65's cuts traced and left."""

from __future__ import annotations

from functools import cache

import pytest

from chorus import brief
from chorus.headline_opening import _moves_up
from chorus.ingest import read_texts
from chorus.ingest.own_titles import title_line
from chorus.model import Article, Briefing, Sentence, SummarySentence
from chorus.render.headline_choice import _shown, _summary_number_once, headline, headline_number
from chorus.render.headline_event import kicker, kicker_run
from chorus.render.headline_title import title_over_cut
from tests.conftest import RAW_VALIDATION, read_clusters


@cache
def _documents(line: int) -> tuple[str, ...]:
    return tuple(read_clusters(RAW_VALIDATION, line + 1)[line]["documents"])


@cache
def raw_briefing(line: int) -> Briefing:
    """Raw validation cluster `line` (0-based) as `chorus brief` reads its texts: each page's
    first line read as its title when it reads as one."""
    ingested = read_texts(list(_documents(line)))
    return brief(ingested.articles, skipped=ingested.skipped, notes=ingested.notes)


_KICKER = "No one liked the government shutdown, but apparently, it wasn’t without love."


def test_the_shutdown_kicker_gives_way_to_the_hospitals_line():
    briefing = raw_briefing(64)
    # The summary still opens on the kicker, [1]'s lead: only the headline moves.
    assert briefing.summary[0].text == _KICKER
    chosen = headline(briefing)
    assert chosen.text == (
        "According to some local hospitals, one apparent aftereffect of the 16-day October"
        " furlough has made its way into maternity wards."
    )
    assert (chosen.source, chosen.number) == ("summary sentence 3", 3)
    # [1]'s later line: heading, it brings no article up, so no summary moves.
    assert briefing.summary[2].shown.index > 0
    assert not _moves_up(briefing, 3)


def test_the_kickers_next_line_going_on_with_its_wordplay_gives_way_too():
    # At 200 words the summary shows [1]'s next line right below the kicker.
    briefing = brief(list(_documents(64)), words=200)
    assert [s.shown.index for s in briefing.summary[:2]] == [0, 1]
    assert briefing.summary[1].text.startswith("The kind of love that transpires")
    assert kicker_run(briefing.summary) == {1, 2}
    chosen = headline(briefing)
    assert chosen.text.startswith("According to some local hospitals")
    assert chosen.source == "summary sentence 4"


def _summary(*lines: tuple[str, str, int]) -> list[SummarySentence]:
    """Summary sentences of (article id, text, index in its article)."""
    return [
        SummarySentence(Sentence(Article(id=a, text=text, outlet=""), index, 0, len(text)))
        for a, text, index in lines
    ]


def test_kicker_run_edges():
    going_on = "The kind of love that comes when you both stay home."
    news = "Births rose by 32.6 percent at Sibley."
    assert kicker_run(_summary(("1", _KICKER, 0), ("1", going_on, 1))) == {1, 2}
    # not its article's next line, another article's, or a line naming a figure: only the kicker
    assert kicker_run(_summary(("1", _KICKER, 0), ("1", going_on, 2))) == {1}
    assert kicker_run(_summary(("1", _KICKER, 0), ("2", going_on, 1))) == {1}
    assert kicker_run(_summary(("1", _KICKER, 0), ("1", news, 1), ("1", going_on, 2))) == {1}
    # no kicker above it: the line heads as before
    assert kicker_run(_summary(("1", going_on, 1))) == frozenset()


@pytest.mark.parametrize(
    "line",
    [
        _KICKER,
        "Nobody wanted the storm, but evidently it was not without its upside.",
        "Everyone complains about the weather — but apparently, it keeps them talking.",
    ],
)
def test_a_kicker(line):
    assert kicker(line)


@pytest.mark.parametrize(
    "line",
    [
        # raw 74: a finding its sources tell, turning to no pronoun
        "A little jogging is good for your health, researchers say, but too much might not be.",
        # raw 86: a named party's words
        "The Senate might not be broken, but it's not exactly stable, former Senate Majority"
        " Leader Bob Dole says.",
        # raw 158: a name, and the news after a colon
        "The city is booming and beloved by its residents, but there's just one problem: Kiruna"
        " is sinking into the earth.",
        # a figure, a day
        "No one liked the 16-day shutdown, but apparently, it wasn’t without love.",
        "No one liked the shutdown, but on Monday it ended.",
        # no turn, a question, too long
        "No one liked the government shutdown.",
        "No one liked the government shutdown, but was it without love?",
        "No one liked the long and costly and much reported government shutdown of the autumn,"
        " but apparently, it wasn’t without love after all.",
    ],
)
def test_no_kicker(line):
    assert not kicker(line)


_TITLE = "Former employees indicted for leaking nude images of Virgin Islands delegate"


def test_the_indictments_title_heads_over_the_lead_cut_before_what_for():
    briefing = raw_briefing(58)
    lead = briefing.summary[0]
    assert lead.shown.index == 0
    # The lead is cut before what the two were indicted for, which [3]'s title tells.
    assert _shown(lead.text) == (
        "Two former staff members of a delegate to Congress from the U.S. Virgin Islands were"
        " indicted Thursday…"
    )
    chosen = headline(briefing)
    assert (chosen.text, chosen.source, chosen.from_title) == (_TITLE, "the title of [3]", True)
    assert headline_number(briefing) is None
    assert lead.text.startswith("Two former staff members")


@pytest.mark.parametrize(
    ("cluster", "start"),
    [
        # The cut keeps every word the title shares ("Bahrain: One-year prison sentence for
        # activist who ripped up photo of King ...").
        (127, "A Bahraini court sentenced a political activist to one year in prison"),
        # A question of the story's angle ("Are Nevada officials actually trying ...?").
        (77, "Recreational marijuana sales have exceeded the expectations"),
        # One word shared: "Today Marks a Significant Milestone in Our History" (miles),
        # "Gag order issued in sex statue trial of Prince Jefri Bolkiah" (statues).
        (231, "Universal’s “Furious 7” will cross $1 billion"),
        (236, "Prince Jefri Bolkiah, the 55-year-old younger brother of the Sultan"),
    ],
)
def test_a_cut_lead_keeps_the_headline_when_no_title_tells_what_it_leaves_out(cluster, start):
    chosen = headline(raw_briefing(cluster))
    assert chosen.text.startswith(start)
    assert chosen.source == "summary sentence 1, shortened"


def test_title_over_cut_edges():
    line = "Two aides were indicted Thursday for leaking nude pictures of the delegate's family."
    cut = "Two aides were indicted Thursday…"
    told = (3, "Aides indicted for leaking nude images")
    assert title_over_cut([told], line, cut) == told
    # a lead shown whole, or cut inside only (an apposition left out): no title
    assert title_over_cut([told], line, line) is None
    assert title_over_cut([told], line, "Two aides … were indicted Thursday.") is None
    # a question; one shared word; every shared word kept by the cut
    assert title_over_cut([(1, "Were aides leaking nude images?")], line, cut) is None
    assert title_over_cut([(1, "Nude images: a timeline")], line, cut) is None
    assert title_over_cut([(1, "Aides indicted Thursday")], line, cut) is None
    # the first telling it among several
    assert title_over_cut([(1, "Gallery of aides"), told], line, cut) == told


def test_the_ethanol_leads_whole_telling_would_reorder_the_summary():
    # Left: 56's lead is cut "… without using corn…"; [3]'s lead (summary sentence 5), whole,
    # tells it plainer, but heading it would open the summary on [3] (`headline_opening`).
    briefing = raw_briefing(56)
    assert _summary_number_once(briefing) == 1
    assert briefing.summary[4].text.startswith("Stanford University scientists have found")
    assert _moves_up(briefing, 5)


def test_the_union_cases_first_line_is_read_as_its_title():
    # Left here: 65's [1] opens on "Northwestern football players win pivotal union case.", a
    # line closed by a stop, read then as a one-line paragraph; the fortieth pass (headline40,
    # tests/test_headline_headline40.py) reads it as the title it is, stop and all.
    first = _documents(65)[0]
    assert first.startswith("Northwestern football players win pivotal union case.\n")
    assert title_line(first) == "Northwestern football players win pivotal union case."
    assert raw_briefing(65).documents[0].article.title == title_line(first)
