"""The headline's twelfth pass, on raw Multi-News validation clusters (0-based lines of the
file) at 250 words, analysed, their articles without titles: a line that points back at
what its article told, a lawyer's reply and a study's abstract give way to a news lead, and
an opening phrase with an aside of its own is left out so the cut keeps the verb."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import SummarySentence
from chorus.render.headline_choice import _stands_alone, headline
from chorus.render.headline_news import points_back, reply_after
from chorus.render.shortening import CUT_MARK, shortened
from chorus.sentences import split
from tests.briefings import assert_change_holds, change_id
from tests.briefings import raw_briefing as _briefing
from tests.conftest import RAW_VALIDATION, read_clusters

FIXTURE = Path(__file__).parent / "fixtures" / "headline_reader26.json"
JUDGED = json.loads(FIXTURE.read_text(encoding="utf-8"))
_LIMIT, _REACH = 120, 150


@pytest.mark.parametrize(
    ("line", "number", "pointing"),
    [
        # Reader26 also found 153's "... refused to say much more than that.", which never
        # says what; since the summary's eighteenth pass it waits for the sentence before.
        # Reader26: one problem of several with a story it never names (sentence 4 since
        # summary81, stop 46, opens the summary on the headline's lead).
        (130, 4, "One problem, in Mr. Oppenheim’s view, was the lack of"),
    ],
)
def test_a_line_pointing_back_at_its_article_does_not_head(line, number, pointing):
    briefing = _briefing(line)
    text = briefing.summary[number - 1].text
    assert text.startswith(pointing)
    assert points_back(text)
    assert not _stands_alone(text, capitals=True)
    chosen = headline(briefing)
    assert briefing.summary[int(chosen.source.split()[2].rstrip(",")) - 1].shown.index == 0
    assert not chosen.text.startswith(pointing)


@pytest.mark.parametrize(
    "text",
    [
        # Leads that tell the news: no pointer back.
        "Two missing girls were found dead after they vanished while hiking along an "
        "abandoned railroad track in a small Indiana town on Monday.",
        "The producer who worked alongside Ronan Farrow at NBC News on his Harvey Weinstein "
        "investigation quit in protest earlier this month.",
    ],
)
def test_a_lead_does_not_point_back(text):
    assert not points_back(text)


@pytest.mark.parametrize("analyze", [True, False])
def test_an_abstract_gives_way_to_a_report_past_its_teaser(analyze):
    # Reader26: raw 6 headed on the PNAS abstract's "Hunger is assumed to motivate eating,
    # ..."; the Telegraph's lead follows "Shopping on an empty stomach? Go and eat something
    # quick!".
    # Since summary78 (stop 46) the summary opens on that lead, the abstract's line fifth.
    briefing = _briefing(6, analyze)
    assert briefing.summary[4].text.startswith("Hunger is assumed to motivate eating")
    chosen = headline(briefing)
    assert chosen.text.startswith("People buy far more stuff and spend more money when")
    assert chosen.source == "summary sentence 1, shortened"


def test_a_lawyers_reply_gives_way_to_the_lead_of_the_news():
    # Reader26: raw 34 headed on "Ms. Clifford’s lawyer, Michael Avenatti, said that he did
    # not consider the restraining order, ..., valid…" (the Times page opens mid-story).
    # Since the summary's eighteenth pass neither line is in 34's summary: read on the two
    # articles' first sentences, as the summary showed them.
    articles = as_articles(read_clusters(RAW_VALIDATION, 35)[34]["documents"])
    pages = [split(clean(article)) for article in articles]
    times = next(p for p in pages if p[0].text.startswith("Ms. Clifford’s lawyer, Michael"))
    nbc = next(p for p in pages if p[0].text.startswith("President Donald Trump's lawyer"))
    # the reply, a later line of its page (no lead), the other outlet's lead
    summary = [SummarySentence(s) for s in (times[0], times[2], nbc[0])]
    assert reply_after([1, 2, 3], summary) == [3, 1, 2]
    assert reply_after([2, 1, 3], summary) == [2, 1, 3]


@pytest.mark.parametrize(
    ("line", "opening", "cut"),
    [
        # A "which" clause after the opening phrase's comma (was the phrase alone).
        (
            213,
            "In what's a rare proper music video from Wilco, which is",
            f'{CUT_MARK} the band\'s "Dawned on Me" has been re-fashioned as a tale of love and '
            f"jealously centered on Popeye the Sailor Man{CUT_MARK}",
        ),
        # A dashed aside inside it, and a two-word plural subject.
        (
            247,
            "In writing about the box office juggernaut — a film",
            f"{CUT_MARK} headline writers are using the language of teen girls.",
        ),
        # "By the time ...", and a subject of eleven words before its verb.
        (
            156,
            "By the time the gunman shot himself, Jonathan Stoffel",
            f"{CUT_MARK} Jonathan Stoffel, 33, of Neenah, and his 11-year-old daughter, Olivia "
            "Stoffel, were dead in what police called a random attack.",
        ),
    ],
)
def test_an_opening_phrase_with_an_aside_is_left_out_to_keep_the_verb(line, opening, cut):
    sentence = next(s.text for s in _briefing(line).summary if s.text.startswith(opening))
    assert shortened(sentence, _LIMIT, _REACH) == cut


def test_a_relative_that_subject_keeps_its_cut():
    # Raw 9: "The revelation that ... to drop a probe…": read as a relative clause's subject,
    # "that" took a later "could have" for the main verb in a first version.
    lead = _briefing(9).summary[0].text
    assert lead.startswith("The revelation that Donald Trump allegedly urged")
    assert shortened(lead, _LIMIT, _REACH).endswith(f"to drop a probe{CUT_MARK}")


@pytest.mark.parametrize(
    "change",
    [c for c in JUDGED["changes"] if c["cluster"] not in (156, 34, 153, 213)],
    ids=change_id,
)
def test_every_headline_the_pass_changed_holds(change):
    # Each read against main's headline and the articles (fixture): all judged better. 156
    # changed again in the thirteenth pass (test_render_headline_reader27); 34 and 153 with
    # the summary's eighteenth pass (34's quoted answer and lawyer's reply, 153's "... more
    # than that." left its summary; docs/journal/summary.md, "Summary a reader sees,
    # eighteenth pass (stop 35)"). The sentence's place moves as later summary passes change
    # the summary (213's is sentence 1 since the thirtieth left out its opening "Yet he
    # apparently ..."): its text and kind are what was judged. 213 changed again in stop 53's
    # summary111: its summary tells "since 1987" once, and its headline is now the summary's
    # own first line (tests/test_summary_summary111.py).
    assert_change_holds(change, _kind)


def _kind(source: str) -> str:
    return re.sub(r"\d+", "N", source)


@pytest.mark.parametrize(
    "judged",
    [a for a in JUDGED["blind"][::4] if a["cluster"] not in (48, 99, 113, 174)],
    ids=lambda a: f"blind-{a['cluster']}",
)
def test_a_blind_headline_judged_before_the_pass_stays(judged):
    # Every fourth of the 20 drawn with seed 36: the pass changed none (scored once). 113
    # changed in the thirteenth pass (test_render_headline_reader27); 174 in stop 40's
    # summary39, whose fill pass takes its title line "Kate Upton Breaks Engagement News on
    # Red Carpet" (docs/journal/summary.md, summary39): it names whose ring the judged
    # "the model's hulking diamond ring" left unnamed. 48 (judged background, "the news is
    # the brownstone up for sale") changed in stop 46's summary77: its teaser reads below
    # its lead "THE TOWNHOUSE ... is back on the market ...", which heads it. 99 (judged
    # "right story") changed in stop 55's headline96: its cut before "as he motored to
    # Washington" runs on into that clause, the same story (test_headline_headline96).
    chosen = headline(_briefing(judged["cluster"]))
    assert (chosen.text, chosen.source) == (judged["headline"], judged["source"])
