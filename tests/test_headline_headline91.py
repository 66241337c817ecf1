"""headline91: a headline's cut keeps a proper name the sentence writes. An opening phrase
holding every name the cut would show stays, the text cut at the reach, when that cut keeps
the verb (raw 143's "Tesla Motors"); a long subject's cut keeps the name its modifier writes
when the reach leaves room (raw 210's "Anthony Weiner"). A lead glued to the next sentence
by a missing space (raw 157's "... Thursday morning.The ...") is split already."""

from __future__ import annotations

from chorus.render.headline_choice import headline
from chorus.render.name_cuts import loses_every_name
from chorus.render.shortening import shortened
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences


def _cluster(line: int) -> dict:
    return read_clusters(RAW_VALIDATION, line + 1)[line]


def test_an_opening_phrase_holding_the_only_name_stays():
    # 210's subject clause naming Weiner is test_render_headline_reader22's gold since headline91.
    shown = headline(raw_briefing(143)).text
    assert shown.startswith("In a fitting finale to a week Tesla Motors executives")
    assert shown.endswith("a law firm announced Friday that it had filed a class-action suit…")


def test_an_opening_phrase_still_left_out_where_the_rest_names_or_the_reach_cannot_keep_the_verb():
    dead = sentence(_cluster(44), "In what will be a bittersweet announcement for Deadheads")
    # the rest names the Grateful Dead: the phrase goes, as before
    assert shortened(dead, 120, 150).startswith("… the four surviving and original members")
    juggernaut = sentence(_cluster(247), "In writing about the box office juggernaut")
    # cut at the reach, it would stop inside the phrase's aside ("beating Harry Potter …")
    assert shortened(juggernaut, 120, 150) == (
        "… headline writers are using the language of teen girls."
    )


def test_the_subject_after_the_cut_mark_counts_as_a_name():
    anthem = sentence(_cluster(49), "In a bid to persuade Conservatives")
    shown = shortened(anthem, 120, 150)
    assert shown.startswith("… Belanger last spring commissioned his own poll")
    assert not loses_every_name(anthem, shown)
    assert loses_every_name(anthem, "… the poll suggested almost 60 per cent favour it.")


def test_a_lead_glued_to_the_next_sentence_is_split():
    found = sentences(_cluster(157))
    assert (
        "A woman struck and killed by two vehicles 27 years ago in Huntington Beach has been"
        " identified, officials announced Thursday morning."
    ) in found
