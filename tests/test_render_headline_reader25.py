"""The headline's eleventh pass, on raw Multi-News validation clusters (0-based lines of the
file) at 250 words and DUC 2003 at 100, analysed, their articles without titles: a study's
own text gives way to a news report's lead, a first person after a few words leans on a
speaker it never names, and a cut keeps the verb of an "A/An" subject held by a modifier
and ends after no relative clause's modal verb."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chorus.render.headline_choice import _stands_alone, headline
from chorus.render.shortening import CUT_MARK, shortened
from tests.briefings import assert_change_holds, change_id
from tests.briefings import briefing as _briefing
from tests.conftest import RAW_VALIDATION, read_clusters

FIXTURE = Path(__file__).parent / "fixtures" / "headline_reader25.json"
JUDGED = json.loads(FIXTURE.read_text(encoding="utf-8"))
_LIMIT, _REACH = 120, 150


@pytest.mark.parametrize("analyze", [True, False])
def test_a_nature_abstract_gives_way_to_the_news_report_of_it(analyze):
    # Reader25: raw 56 headed on the abstract's "The electrochemical conversion of CO 2 and
    # H 2 O into liquid fuel is ideal for ..." (its article runs "fuel1,2,3" together).
    # Since summary56 (stop 43) the abstract, beside three reports of the study, gives the
    # summary no line: the report's lead opens it (`report_first` on raw 6: reader26).
    briefing = _briefing("raw", 56, analyze)
    assert not [s for s in briefing.summary if "CO 2" in s.text]
    chosen = headline(briefing)
    assert chosen.text.startswith("Scientists said on Wednesday they have developed a new way")
    assert chosen.source == "summary sentence 1, shortened"


@pytest.mark.parametrize("analyze", [True, False])
def test_a_study_with_no_news_report_beside_it_keeps_its_line(analyze):
    # Raw 118: both studies' pages ("Abstract and Introduction", "INTRODUCTION:") and a
    # football clip's later lines; without the analysis "Look at the cheeky glimpse he
    # gives the referee." (not a lead) took the abstract's place in a first version.
    chosen = headline(_briefing("raw", 118, analyze))
    assert chosen.text.startswith("In 1994 the National Football League (NFL) initiated")


def test_a_family_statement_heads_on_the_line_that_names_whom_it_is_about():
    # Reader25: raw 148's "As parents we are so deeply grieved by our son’s decisions and
    # actions." never says whose parents.
    briefing = _briefing("raw", 148)
    parents = briefing.summary[1].text
    assert parents.startswith("As parents we are so deeply grieved")
    assert not _stands_alone(parents, capitals=True)
    chosen = headline(briefing)
    assert chosen.text == "Yesterday Josh checked himself into a long-term treatment center."
    assert chosen.source == "summary sentence 5"


def test_an_outlets_own_list_is_no_speakers_first_person():
    # Raw 5: "our" the outlet's (Forbes's list), no subject: it still heads.
    chosen = headline(_briefing("raw", 5))
    assert chosen.text.startswith("The 10 women on our Highest-Paid TV Actresses list earned")


@pytest.mark.parametrize(
    ("line", "opening", "cut"),
    [
        # Was cut inside the subject ("... for more than a decade…"); its verb follows a
        # comma, and "to have been" is no main verb.
        (
            125,
            "A Canadian man who was believed",
            "A Canadian man who was believed to have been in a vegetative state … has been able "
            "to tell scientists that he is not in any pain.",
        ),
        # Was "... and killed his estranged wife…"; since headline90 the whole subject (its
        # place, reader93) with the verb and "Wednesday", within the reach.
        (
            75,
            "A 9-year-old boy wounded",  # past "LOS ANGELES (AP) — " since clean58
            "A 9-year-old boy wounded by a gunman who opened fire and killed his estranged wife "
            "at a California elementary school was recovering Wednesday…",
        ),
        # Was "... policy changes that would allow…".
        (
            106,
            "The Community of Christ",
            "The Community of Christ\x92s USA National Conference has recommended policy changes…",
        ),
    ],
)
def test_a_cut_keeps_the_verb_and_ends_after_no_modal(line, opening, cut):
    briefing = _briefing("raw", line)
    assert briefing.summary[0].text.startswith(opening)
    assert headline(briefing).text == cut


def test_a_reported_modal_clause_keeps_its_cut():
    # Raw 219's lead: "... said Thursday that Mr. Kushner would cooperate…" is no relative
    # clause; read as one, the cut fell back to "... said Thursday…".
    documents = read_clusters(RAW_VALIDATION, 220)[219]["documents"]
    text = next(d for d in documents if "Mr. Kushner would cooperate" in d)
    start = text.index("WASHINGTON—An attorney")
    lead = text[start : text.index(" election.", start) + len(" election.")]
    assert shortened(lead, _LIMIT, _REACH) == (
        "WASHINGTON—An attorney for senior White House aide Jared Kushner said Thursday that "
        f"Mr. Kushner would cooperate{CUT_MARK}"
    )


@pytest.mark.parametrize(
    "change",
    # 75's judged headline left out its place; headline90 keeps the whole subject (above).
    [c for c in JUDGED["changes"] if c["cluster"] != 75],
    ids=change_id,
)
def test_every_headline_the_pass_changed_holds(change):
    # Each read against main's headline (fixture): all judged better. The words are what
    # was judged; later summary passes move a sentence's place (179's Carmat lead: sentence
    # 8, then 7 once stop 36 dropped an earlier first-person line).
    assert_change_holds(change, _kind)


def _kind(source: str) -> str:
    """A headline's source without its sentence's number ("summary sentence, shortened")."""
    return re.sub(r" \d+", "", source)


@pytest.mark.parametrize(
    "judged",
    [a for a in JUDGED["blind"][::4] if a["cluster"] != 156],
    ids=lambda a: f"blind-{a['cluster']}",
)
def test_a_blind_headline_judged_before_the_pass_stays(judged):
    # Every fourth of the 20 drawn with seed 35: the pass changed none (scored once). 156
    # changed in the twelfth pass (test_render_headline_reader26).
    chosen = headline(_briefing("raw", judged["cluster"]))
    assert (chosen.text, chosen.source) == (judged["headline"], judged["source"])
