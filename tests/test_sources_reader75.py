"""Sources, stop 45 (sources15): the seventy-fifth and seventy-sixth readers found (raw
validation, 0-based) 18 [2], The Knot's wedding survey sent by PR Newswire, shown as
"xogrp.com" from a press contact's address; 74 [0], HealthDay's jogging story, unknown though
its first line credits "(HealthDay)—" after a glued deck sentence; 24 [0], POLITICO's TSA
story, unknown though it quotes what "John Mica (R-Fla.) told POLITICO"; and 102 [0] (the
Chicago Tribune's "jskass@tribune.com") unknown beside 60 [1]'s "wkroustan@sunsentinel.com"."""

from __future__ import annotations

import pytest

from chorus.ingest.own_lines import own_outlet

from .raw_pages import outlet_read, pages_everywhere, raw_document, sources_markdown

_SOURCE_LINE = "SOURCE XO Group Inc."
_PHOTO_LINK = "Photo - http://photos.prnewswire.com/prnh/20150312/181266-INFO"
_DECK = "Just an hour or two a week confers life-extension benefits, researcher contends. "
_TOLD = "John Mica (R-Fla.) told POLITICO."
_BOX = "Text Size -\n\n+\n\nreset"


def test_a_release_closing_on_its_newswire_source_line_is_pr_newswire():
    page = raw_document(18, 2)
    assert _SOURCE_LINE in page and _PHOTO_LINK in page and "cbennett@xogrp.com" in page
    assert outlet_read(page) == ("PR Newswire", "release's source line")


def test_without_the_wire_s_links_the_release_keeps_its_contacts_address():
    # "SOURCE" alone is a word a table or a caption may open on; the wire's links say whose.
    page = raw_document(18, 2).replace("photos.prnewswire.com", "photos.example.com")
    assert outlet_read(page) == ("xogrp.com", "writer's address")


def test_a_credit_glued_after_the_deck_names_healthday():
    page = raw_document(74, 0)
    assert page.startswith(f"{_DECK}(HealthDay)—A little jogging")
    assert outlet_read(page) == ("HealthDay", "dateline")
    # The deck cut off, the credit opens the line as any dateline does.
    assert outlet_read(page.removeprefix(_DECK)) == ("HealthDay", "dateline")


@pytest.mark.parametrize(
    "opening",
    [
        # A place, not a brand: a dateline's city in brackets names no outlet.
        "They want the right to earn a living as they see fit. (Johannesburg) – The government",
        # A firm's initials after "Inc." define a name, they credit no one.
        "Its chief heads Recreational Equipment Inc. (REI) — Represents an effort",
    ],
)
def test_a_bracketed_place_or_initials_after_a_sentence_name_no_outlet(opening: str):
    assert own_outlet(f"{opening} to settle the matter.\n\nNothing else names a site.") is None


def test_a_glued_credit_below_the_opening_lines_names_no_outlet():
    body = "\n\n".join(f"Paragraph {n} tells the story." for n in range(1, 6))
    assert own_outlet(f"{body}\n\n{_DECK}(HealthDay)—A little jogging helps.") is None


def test_told_politico_in_politico_s_layout_names_politico():
    page = raw_document(24, 0)
    assert _TOLD in page and _BOX in page
    assert outlet_read(page) == ("POLITICO", "quoting in its own layout")


def test_either_sign_alone_names_no_outlet():
    page = raw_document(24, 0)
    # "told POLITICO" alone is how another page cites POLITICO's interview.
    assert own_outlet(page.replace(_BOX, "")) is None
    # The box alone names no one: 116 [1] and 160 [1] carry it and name no outlet.
    assert own_outlet(page.replace("told POLITICO", "told reporters")) is None
    for cluster in (116, 160):
        assert "Text Size -" in raw_document(cluster, 1)
        assert own_outlet(raw_document(cluster, 1)) is None


def test_over_raw_and_duc_each_new_reading_is_on_its_one_page():
    read = {
        (page.corpus, page.cluster, page.document): (found.value, found.rule)
        for page in pages_everywhere()
        if (found := own_outlet(page.article.text)) is not None
        and (
            found.rule in ("release's source line", "quoting in its own layout")
            or (found.rule == "dateline" and found.line.startswith("…"))
        )
    }
    assert read == {
        ("raw", 18, 2): ("PR Newswire", "release's source line"),
        ("raw", 24, 0): ("POLITICO", "quoting in its own layout"),
        ("raw", 74, 0): ("HealthDay", "dateline"),
    }


def test_an_owner_s_mail_domain_still_names_no_outlet_and_a_paper_s_own_does():
    # tribune.com is the Tribune company's mail, shared by its papers' staff (stop 34);
    # sunsentinel.com is the paper's own site.
    kass = raw_document(102, 0)
    assert "jskass@tribune.com" in kass and own_outlet(kass) is None
    sentinel = raw_document(60, 1)
    assert "wkroustan@sunsentinel.com" in sentinel
    assert outlet_read(sentinel) == ("sunsentinel.com", "writer's address")


def test_the_sources_lists_name_the_three_and_say_where_each_was_read(tmp_path):
    releases, release_notes = sources_markdown(18, tmp_path)
    assert "3. **PR Newswire** (press release)" in releases
    assert "outlet 'PR Newswire' read from its release's source line, 'SOURCE XO Group Inc.'" in [
        note.split(": ", 1)[1] for note in release_notes
    ]
    jogging, _ = sources_markdown(74, tmp_path)
    assert "1. **HealthDay**" in jogging and "outlet unknown" not in jogging
    tsa, tsa_notes = sources_markdown(24, tmp_path)
    assert "1. **POLITICO**" in tsa and "outlet unknown" not in tsa
    assert any("told POLITICO" in note for note in tsa_notes)
