"""Sources, stop 50 (sources21): a page's outlet named by its own text (raw validation,
0-based; the readers count from 1). 139 [0], PEOPLE's page, quotes a zoo's representative
who "tells PEOPLE": its wordmark, a word in capitals, told in the present. 92 [0], Salon's,
closes on its writer's bio, "… covers politics, media, and technology for Salon. You can
email him via m.sheffield@salon.com": the beat names the outlet whose address the line
gives. 92 [4]'s "which Mic reported on", a caption's "<Photographer>/<Outlet>" and 166 [0],
American Airlines' own page, stay unread."""

from __future__ import annotations

from pathlib import Path

from chorus.ingest.own_lines import own_outlet

from .raw_pages import outlet_read, pages_everywhere, raw_document, sources_markdown

_WORDMARK, _CREDIT = "quoting under its wordmark", "writer's credit line"
"""The rules this pass reads 139 [0] and 92 [0] by."""
_ZOO = "A media representative at the zoo tells PEOPLE that"
_BIO = "Matthew Sheffield covers politics, media, and technology for Salon."
_ADDRESS = "m.sheffield@salon.com"


def test_a_source_telling_the_wordmark_names_the_page():
    page = raw_document(139, 0)
    assert _ZOO in page
    assert outlet_read(page) == ("PEOPLE", _WORDMARK)
    # Past tense is how a page cites another's interview; a name as a word is no wordmark.
    assert outlet_read(page.replace("tells PEOPLE", "told PEOPLE")) is None
    assert outlet_read(page.replace("tells PEOPLE", "tells People")) is None
    # Another page names the magazine by its kind.
    assert outlet_read(page.replace("tells PEOPLE", "tells PEOPLE magazine")) is None


def test_initials_call_signs_and_quotations_name_no_page():
    page = raw_document(139, 0)
    for name in ("CNBC", "MSNBC", "WANE", "KOIN"):
        assert outlet_read(page.replace("tells PEOPLE", f"tells {name}")) is None
    # Inside a quotation the words are its speaker's, not the page's.
    said = _ZOO.removeprefix("A media representative ")
    quoted = page.replace(_ZOO, f"“The staff said a representative {said}")
    assert "“The staff said a representative at the zoo tells PEOPLE" in quoted
    assert outlet_read(quoted) is None


def test_told_politico_alone_still_names_no_page():
    # sources15's judgement stands: "told POLITICO" without POLITICO's layout is unread.
    page = raw_document(24, 0)
    assert "told POLITICO" in page
    assert own_outlet(page.replace("Text Size -\n\n+\n\nreset", "")) is None


def test_a_bio_naming_the_outlet_its_address_is_at_names_the_page():
    page = raw_document(92, 0)
    assert _BIO in page and _ADDRESS in page
    assert outlet_read(page) == ("Salon", _CREDIT)
    # Either sign alone reads nothing: the bio may name a writer's other paper, and the
    # address stands too far into its line for a contact line.
    assert outlet_read(page.replace(_ADDRESS, "")) is None
    assert outlet_read(page.replace("for Salon.", "for Newsweek.")) is None


def test_the_others_stay_unknown():
    # 92 [4], Mic's page: "which <Name> reported" names another outlet on 139 [1], 207 [1]
    # and 227 [1].
    assert "which Mic reported on" in raw_document(92, 4)
    assert outlet_read(raw_document(92, 4)) is None
    # 166 [0] is American Airlines' own page: a company, no outlet.
    assert "our family at American" in raw_document(166, 0)
    assert outlet_read(raw_document(166, 0)) is None


def test_over_raw_and_duc_the_new_readings_stand_on_their_pages():
    read = {
        (page.corpus, page.cluster, page.document): (found.value, found.rule, found.line)
        for page in pages_everywhere()
        if (found := own_outlet(page.article.text)) is not None
    }
    assert {key: value[0] for key, value in read.items() if value[1] == _WORDMARK} == {
        ("raw", 139, 0): "PEOPLE"
    }
    bios = {key: value[0] for key, value in read.items() if value[1] == _CREDIT}
    assert bios == {("raw", 25, 1): "WXIA-TV", ("raw", 188, 1): "Slate", ("raw", 92, 0): "Salon"}


def test_the_sources_lines_name_them(tmp_path: Path):
    markdown, notes = sources_markdown(139, tmp_path)
    assert "1. **PEOPLE**" in markdown
    assert any("outlet 'PEOPLE' read from its quoting under its wordmark" in n for n in notes)
    markdown, notes = sources_markdown(92, tmp_path)
    assert "1. **Salon**" in markdown
    assert any("outlet 'Salon' read from its writer's credit line" in n for n in notes)
