"""Sources, stop 53 (sources25): pages shown "outlet unknown" whose own words or furniture name
their outlet (raw validation, 0-based; the readers count from 1). A listed news outlet told
something on two lines or more of a page naming no other listed outlet ("Richelson told CNN
he believes …", 138 [0]; 104 [2] NBC News; 159 [0], 239 [0] ABC News), CNN's video player
("JUST WATCHED … Replay More Videos ... MUST WATCH …", 9 [2], 218 [2], 249 [2]) and The
Hill's card on a person named ("Donald Trump Donald John TrumpTrump Jr. getting … MORE",
214 [0]) are read. "told ABC News" once (171 [0]), "told The Times" once (213 [0]), an
outlet told beside another (76 [2], 147 [1]), ABC Australia's "Topics:" footer (185 [1]),
Third Door Media's form notice (171 [1]) and "asteele@phillynews.com" (95 [0]) stay unread."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from chorus.ingest.own_furniture import CNN_PLAYER, NAME_CARD
from chorus.ingest.own_mentions import TOLD_LISTED, listed_name, told_listed_lines
from chorus.render.sources import FROM_TEXT, outlet_from

from .raw_pages import (
    outlet_read,
    pages_everywhere,
    raw_document,
    read_as_file,
    sources_markdown,
)
from .test_clean_reader64 import _given

_TOLD = "listed outlet told twice"


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_a_listed_outlet_told_on_two_lines_names_its_page():
    area51 = raw_document(138, 0)
    assert area51.count("told CNN") == 2
    assert outlet_read(area51) == ("CNN", _TOLD)
    assert outlet_read(raw_document(104, 2)) == ("NBC News", _TOLD)
    assert outlet_read(raw_document(159, 0)) == ("ABC News", _TOLD)
    assert outlet_read(raw_document(239, 0)) == ("ABC News", _TOLD)


def test_told_once_or_beside_another_outlet_names_no_page():
    # Once: 171 [0]'s "told ABC News." and 213 [0]'s "told The Times" (which Times?).
    google = raw_document(171, 0)
    assert google.count("told ABC News") == 1 and outlet_read(google) is None
    assert outlet_read(raw_document(213, 0)) is None
    once = raw_document(239, 0).replace("Demoss told ABC News", "Demoss told reporters")
    assert outlet_read(once) is None
    # Al Jazeera's page tells Reuters twice and Al Jazeera once: neither is read.
    damascus = raw_document(76, 2)
    assert "told Reuters" in damascus and "told Al Jazeera" in damascus
    assert told_listed_lines(damascus, _lines(damascus)) == []
    # Another listed outlet written anywhere on the page, told or not, reads nothing.
    kansas = raw_document(239, 0)
    beside = kansas.replace("Robinson said.", "Robinson told The Associated Press.", 1)
    assert beside != kansas and outlet_read(beside) is None
    written = kansas.replace("Robinson said.", "Robinson said, as Reuters reported.", 1)
    assert written != kansas and outlet_read(written) is None
    # ABC's page telling the Associated Press twice and ABC News once.
    abc = raw_document(147, 1)
    assert told_listed_lines(abc, _lines(abc)) == []


def test_the_told_name_is_shown_as_the_list_or_the_wordmark_writes_it():
    assert TOLD_LISTED.search("residents told the AP on Monday")["name"] == "AP"
    assert listed_name("AP") == "The Associated Press"
    assert listed_name("Associated Press") == "The Associated Press"
    assert listed_name("POLITICO") == "POLITICO" and listed_name("Politico") == "Politico"
    assert listed_name("CNN") == "CNN"
    # a name running on is another ("CNNMoney", "CNN-IBN")
    assert TOLD_LISTED.search("he told CNNMoney") is None
    assert TOLD_LISTED.search("he told CNN-IBN") is None
    # its show or anchor told is how other pages relay a TV interview (sources16)
    assert TOLD_LISTED.search("he told CNN's Pamela Brown") is None
    assert TOLD_LISTED.search("he told CNN, which")["name"] == "CNN"


def test_cnn_s_video_player_names_its_page():
    for cluster, document in ((9, 2), (218, 2), (249, 2)):
        page = raw_document(cluster, document)
        assert "JUST WATCHED" in page
        assert outlet_read(page) == ("CNN", "video player")
    stripped = raw_document(9, 2).replace("JUST WATCHED", "WATCHED")
    assert outlet_read(stripped) is None
    assert CNN_PLAYER.search("I JUST WATCHED it. MUST WATCH") is None


def test_the_hill_s_name_card_names_its_page():
    page = raw_document(214, 0)
    assert page.startswith("Donald Trump Donald John TrumpTrump Jr.")
    assert outlet_read(page) == ("The Hill", "name card")
    # Without its middle name, or with no "MORE" closing the card, no card.
    assert outlet_read(page.replace("Donald John Trump", "Donald Trump", 1)) is None
    assert outlet_read(page.replace(" MORE ", " more ", 1)) is None
    assert NAME_CARD.search("Donald Trump Donald John Trump said MORE than once") is None


def test_pages_naming_themselves_otherwise_stay_unread():
    # ABC Australia's footer and Third Door Media's form name no outlet a reader knows,
    # each on one page of raw and DUC; the Times' "Australia Letter" pitch names no paper.
    hobart = raw_document(185, 1)
    assert "Topics: street-art" in hobart and outlet_read(hobart) is None
    assert outlet_read(raw_document(185, 0)) is None
    search = raw_document(171, 1)
    assert "Third Door Media" in search and outlet_read(search) is None
    assert "asteele@phillynews.com" in raw_document(95, 0)
    assert outlet_read(raw_document(95, 0)) is None


def test_over_raw_and_duc_the_rules_read_exactly_the_census_pages():
    told, player, card = set(), set(), set()
    for page in pages_everywhere():
        # the page as given, where `chorus brief` reads its outlet: clean64's repairs take
        # 214 [0]'s card out of the text as read
        text = _given(page.article.text, page.article.changes)
        key = (page.corpus, page.cluster, page.document)
        lines = _lines(text)
        if told_listed_lines(text, lines):
            told.add(key)
        if any(CNN_PLAYER.search(line) for line in lines):
            player.add(key)
        if any(NAME_CARD.search(line) for line in lines):
            card.add(key)
    # 76 [1] (AFP's, read by its copyright) and 122 [0] (ABC News') are their own pages too.
    assert told == {
        ("raw", 76, 1),
        ("raw", 104, 2),
        ("raw", 122, 0),
        ("raw", 138, 0),
        ("raw", 159, 0),
        ("raw", 239, 0),
    }
    assert player == {("raw", 9, 2), ("raw", 138, 0), ("raw", 218, 2), ("raw", 249, 2)}
    assert card == {("raw", 214, 0)}


def test_the_sources_lines_and_notes_name_them(tmp_path: Path):
    for cluster, shown, rule in ((138, "CNN", _TOLD), (214, "The Hill", "name card")):
        markdown, notes = sources_markdown(cluster, tmp_path)
        assert f"1. **{shown}**, date unknown" in markdown
        assert any(f"outlet '{shown}' read from its {rule}" in note for note in notes)


def test_the_json_says_a_name_card_s_outlet_came_from_the_article_text():
    # The card is taken out as the page is read (clean64), so the text as read names no
    # outlet; where the outlet came from is read on the text given, as ingest read it.
    with TemporaryDirectory() as folder:
        hill = read_as_file(214, Path(folder)).articles[0]
    assert "MORE" not in hill.text
    assert (hill.outlet, outlet_from(hill)) == ("The Hill", FROM_TEXT)
