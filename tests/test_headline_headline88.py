"""headline88: a lead telling only how a party feels gives way to the next candidate whose cut
writes a figure (raw 217); a cut inside a clause just opened runs on to that clause's end
within the reach (raw 94), or stops before a clause that has told only its subject; an
opening credit's relative clause is left out so the credited clause is shown (raw 194)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from chorus.render.headline_choice import headline
from chorus.render.headline_event import tells_a_feeling
from chorus.render.shortening import shortened
from tests.briefings import DUC, raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences

# The headline's limit and reach (`render.headline_choice`).
_LIMIT, _REACH = 120, 150


@cache
def _split(path: Path, line: int) -> frozenset[str]:
    """The sentences of cluster `line` of `path`, cleaned and split as the summary reads them."""
    return frozenset(sentences(read_clusters(path, line + 1)[line]))


def _written(line: int, sentence: str, path: Path = RAW_VALIDATION) -> str:
    """`sentence`, asserted to be one of cluster `line`'s sentences as they are split."""
    assert sentence in _split(path, line), sentence
    return sentence


def test_a_feeling_lead_gives_way_to_a_candidate_with_a_figure():
    mood = _written(217, "American Airlines is not happy with Qatar Airways' intent to invest.")
    assert tells_a_feeling(mood)
    assert tells_a_feeling(
        _written(217, "American Airlines is no fan of the world’s favorite airline, Qatar Airways.")
    )
    briefing = raw_briefing(217)
    chosen = headline(briefing)
    assert chosen.text.startswith("Qatar Airways filed under the Hart-Scott-Rodino Act")
    assert "$808 million" in chosen.text
    # Its article is read in its own order: the summary opens on the headline, the feeling
    # line still told below it.
    texts = [s.text for s in briefing.summary]
    assert texts[0] == chosen.text
    assert mood in texts[1:]


def test_an_act_a_past_or_a_long_line_tells_no_feeling():
    act = _written(
        166,
        "American Airlines is happy to announce that Jack the Cat has been found at JFK airport.",
    )
    long_line = _written(
        3,
        "The scientists are not worried about being hit by meteors, most of which burn up in"
        " the mesosphere far above them, 50 to 65 miles high.",
        DUC,
    )
    past = _written(
        108,
        "He was pleased with the pope's “rather extraordinary” praise for Dorothy Day, a"
        " Catholic-convert activist described in her time as radical in her pacifism and"
        " strident in her criticism of capitalism, which she considered an oppressive force"
        " against the poor.",
    )
    assert not tells_a_feeling(act)
    assert not tells_a_feeling(long_line)
    assert not tells_a_feeling(past)


def test_a_cut_inside_a_clause_runs_on_to_its_end():
    lead = _written(
        94,
        "A volley of gunfire erupted outside the New Hope City Council meeting Monday night when"
        " a man shot at a group of police officers, injuring two of them.",
    )
    # Was "... when a man shot…": the clause cut before whom he shot at.
    cut = shortened(lead, _LIMIT, _REACH)
    assert cut.endswith("when a man shot at a group of police officers…")
    assert headline(raw_briefing(94)).text.endswith("at a group of police officers…")


def test_because_of_opens_no_clause():
    line = _written(
        47,
        "The minister said no one is dying in Syria because of hunger or sickness and that"
        ' despite the "economic international boycott," his government is providing all'
        " necessary services.",
    )
    assert shortened(line, _LIMIT, _REACH).endswith("because of hunger or sickness…")


def test_a_clause_that_told_only_its_subject_is_left_out_of_the_cut():
    line = _written(
        0,
        "Supporters of Pinochet pledged to mobilize street demonstrations demanding his release,"
        " while the Communist Party and human rights groups promised marches supporting the"
        " British action and a possible Spanish prosecution for alleged crimes against humanity.",
        DUC,
    )
    # Was "... demanding his release, while the Communist Party…".
    assert shortened(line, _LIMIT, _REACH).endswith("demanding his release…")


def test_an_opening_credits_relative_clause_gives_way_to_what_it_credits():
    line = _written(
        194,
        "According to University of Leicester archaeologist Simon James, who published his"
        " findings back in 2009, poison gas was used in Syria more than 1,700 years ago when a"
        " Roman fort at Dura-Europos became the site of a violent siege by the powerful Sasanian"
        " Persian empire.",
    )
    shown = (
        "According to University of Leicester archaeologist Simon James … poison gas was used"
        " in Syria more than 1,700 years ago…"
    )
    assert shortened(line, _LIMIT, _REACH) == shown
    # Was "In the 1930s, archaeologists unearthed dramatic evidence of the fight." (sentence 4).
    chosen = headline(raw_briefing(194))
    assert chosen.text == shown
    assert chosen.source == "summary sentence 3, shortened"
