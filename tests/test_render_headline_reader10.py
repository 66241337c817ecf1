"""The headline after a tenth reader's findings, on raw Multi-News validation clusters
(0-based lines of the file): a cut that leaves out the words a sentence reports, a typed
dash ("--") as a phrase's break, and sentences that answer, introduce, or say "I" or "he"
before naming anyone."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.render import to_markdown
from chorus.render.headline_choice import headline
from chorus.render.shortening import CUT_MARK, shortened
from tests.conftest import RAW_VALIDATION, read_clusters


def test_a_headline_cut_before_the_words_someone_said_gives_way_to_the_next_sentence():
    # Raw cluster 54 (John Conyers' son missing): the spokesperson's sentence, cut before
    # its quotation, said only "A spokesperson for Conyers told KPRC 2 News…".
    cluster = read_clusters(RAW_VALIDATION, 55)[54]
    briefing = brief(cluster["documents"], words=250)
    texts = [s.text for s in briefing.summary]
    # (sentence 4 until the summary's eighteenth pass, 2 since)
    assert any(
        t.startswith('A spokesperson for Conyers told KPRC 2 News, "Rep. Conyers') for t in texts
    )
    chosen = headline(briefing)
    # Since stop 30 (summary3) the wire lead heads it, over sentence 3 ("According to
    # Houston police, Conyers was last seen ..."), the next one naming someone.
    assert chosen.text.startswith("Houston police say longtime U.S. Rep. John Conyers' youngest")
    # (sentence 7 since summary20: the unnamed girlfriend's two "she" lines left; 1 since
    # summary81, stop 46, opens the summary on it; whole since clean58 shows it past its
    # dateline, "HOUSTON (AP) — ")
    assert chosen.source == "summary sentence 1"
    assert to_markdown(briefing).startswith("# Houston police say longtime U.S. Rep. John Conyers")


def test_a_quotation_inside_a_report_keeps_its_sentence_as_the_headline():
    # Raw cluster 120: the quotation ("the Polish nation") comes many words after "said":
    # the cut before it still tells what the president said he would do.
    cluster = read_clusters(RAW_VALIDATION, 121)[120]
    chosen = headline(brief(cluster["documents"], words=250, analyze=False))
    assert chosen.text.startswith("President Andrzej Duda said on Tuesday that he would sign")
    assert chosen.source == "summary sentence 1, shortened"


def test_a_typed_dash_breaks_a_phrase_where_a_headline_may_stop():
    # Raw cluster 144's "... four years ago -- the test Ronald Reagan famously used ...":
    # "off" ends no phrase, so the cut ran on to "-- the test…"; the typed dash opens an
    # aside as "—" does.
    cluster = read_clusters(RAW_VALIDATION, 145)[144]
    text = next(
        line
        for document in cluster["documents"]
        for line in document.split("\n")
        if line.startswith("The president said yesterday that the American people")
    )
    assert " -- the test Ronald Reagan" in text
    assert shortened(text, 120) == (
        "The president said yesterday that the American people are not better off than they"
        " were four years ago…"
    )


def test_a_headline_does_not_end_on_a_typed_dash():
    # Raw cluster 49 (O Canada's lyrics): "... not stopping him from trying --…".
    cluster = read_clusters(RAW_VALIDATION, 50)[49]
    briefing = brief(cluster["documents"], words=250, analyze=False)
    chosen = headline(briefing)
    assert chosen.text.startswith("Liberal MP Mauril Belanger is losing his own singing voice")
    assert chosen.text.endswith("…") and not chosen.text.removesuffix("…").endswith("-")


def test_a_cut_after_a_typed_dash_ends_without_it():
    # Raw cluster 108: "... the lone Democratic presidential hopeful -- and the only Jewish
    # contender -- to ..." was cut to "... Jewish contender --…". That sentence tells again
    # CNN's, which heads the summary now (stop 32): "... Dorothy Day -- a Catholic socialist
    # -- and for ...", shown past its dateline "Washington (CNN) " since stop 33.
    cluster = read_clusters(RAW_VALIDATION, 109)[108]
    chosen = headline(brief(cluster["documents"], words=250, analyze=False))
    assert chosen.text.startswith("Vermont Sen. Bernie Sanders lauded Pope")
    assert "Dorothy Day -- a Catholic socialist" in chosen.text
    assert chosen.text.endswith(CUT_MARK) and not chosen.text.endswith(f"--{CUT_MARK}")


@pytest.mark.parametrize(
    ("line", "leaning", "at", "number", "opening"),
    [
        # (0's "Because it may be time we all moved to Sweden." left its summary when
        # cleaning took its page's headings out, stop 31.)
        # (71's "The Onion has updated its story with this funny little tag:" and the tag it
        # introduces left its summary with the post's "we" lines, summary103, stop 51.)
        # The writer's "I" after an opening phrase: an op-ed whose writer the headline
        # would not name; nor, headline18, his "my mind" deep in a later sentence (which
        # summary33 left out: the critic's article quotes it as his, stop 38). Since summary81
        # (stop 46) the summary opens on the headline's lead, the op-ed's lines below it.
        (212, "As a neurosurgeon, I did not believe", 4, 1, "Once upon a time, a neurosurgeon"),
        # (228's "During that meeting, he reportedly warned ..." no longer opens the
        # summary since stop 30: it waits for its sentence before, test_summary_reader13.)
    ],
)
def test_a_sentence_that_answers_introduces_or_leans_on_someone_unnamed_does_not_head(
    line, leaning, at, number, opening
):
    cluster = read_clusters(RAW_VALIDATION, line + 1)[line]
    briefing = brief(cluster["documents"], words=250)
    assert briefing.summary[at - 1].text.startswith(leaning)
    chosen = headline(briefing)
    assert chosen.text.startswith(opening)
    assert chosen.source.startswith(f"summary sentence {number}")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Reader19: the cut past 120 characters ended inside the subject's apposition and
        # lost the news ("died"); the apposition now goes, marked, and the verb stays.
        (96, "Mark Lane … died on Tuesday at his home in Charlottesville, Va."),
        # summary10 (stop 33): the death told once, the telling read first kept
        # headline94 (stop 54): the apposition's noun kept, its relative clause left out
        (
            229,
            "Marty Balin, a co-founder of Jefferson Airplane and a member of its later"
            " incarnation Jefferson Starship, … died Thursday",
        ),
        (14, "George Zimmerman … is being sued by an Orlando private company claiming they are"),
        (124, "The Pleasant Hill city clerk … has resigned with a blistering e-mail in which she"),
    ],
)
def test_a_long_apposition_gives_way_to_the_subject_s_verb(line, expected):
    cluster = read_clusters(RAW_VALIDATION, line + 1)[line]
    chosen = headline(brief(cluster["documents"], words=250, analyze=False))
    assert chosen.text.startswith(expected)
    assert chosen.source is not None and chosen.source.endswith(", shortened")


def test_a_dateline_s_place_is_no_subject_to_shorten_around():
    # Raw 133 opens "FLORENCE, Italy, Feb. 25 (UPI) -- Raffaele Sollecito has ...": read as
    # a subject, its place headed "FLORENCE … exonerated and found guilty again." Since
    # summary33 (stop 38) the summary shows the lead past that dated dateline; since
    # summary35 that lead, a standing state ("has consistently stood by"), heads no briefing.
    cluster = read_clusters(RAW_VALIDATION, 134)[133]
    briefing = brief(cluster["documents"], words=250, analyze=False)
    lead = next(s.text for s in briefing.summary if s.text.startswith("Raffaele Sollecito has"))
    assert shortened(lead, 120).startswith("Raffaele Sollecito has consistently stood by his")
    assert not headline(briefing).text.startswith(("FLORENCE", "Raffaele Sollecito has"))
    assert shortened("Mark Lane died.", 120) == "Mark Lane died."
