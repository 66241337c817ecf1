"""Sources, stop 46 (sources16): pages "outlet unknown" whose own furniture names them (raw
validation, 0-based): 20 [1] and four more BBC pages carrying the BBC's media player notice,
"Media playback is unsupported on your device" (the seventy-ninth reader's 20); 19 [1] and
seven more USA Today pages closing on its share link "Read or Share this story:
http://usat.ly/…" (the seventy-eighth reader's 19); 37's Washington Post pages opening on
their photographer's credit "(Katherine Frey/The Washington Post)" (the seventy-ninth
reader's 37); 160 [0] closing on Bloomberg's "To contact the reporter on this story: … at
bfaler@bloomberg.net" (the task's item). Each is read after every other rule, so only
unknown pages change."""

from __future__ import annotations

import pytest

from chorus.ingest.own_lines import own_outlet

from .raw_pages import outlet_read, pages_everywhere, raw_document, sources_markdown

_NOTICE = "Media playback is unsupported on your device"
_SHARE = "Read or Share this story: https://usat.ly/2BWn3mr"
_CREDIT = "(Katherine Frey/The Washington Post)"
_OWN_PICTURE = "caption of its own picture"
_NEW_RULES = (
    "media player's notice",
    "short share link",
    "wire's contact line",
    _OWN_PICTURE,
)


@pytest.mark.parametrize(
    ("cluster", "index", "words", "instead", "read"),
    [
        (20, 1, _NOTICE, "", ("BBC", "media player's notice")),
        # Another page linking to USA Today's story ("Read more: http://usat.ly/…") is not its own.
        (19, 1, "Read or Share this story:", "Read more:", ("USA Today", "short share link")),
        # An agency's credit names the picture's, not the page's.
        (37, 0, _CREDIT, "(Katherine Frey/AP)", ("The Washington Post", _OWN_PICTURE)),
    ],
)
def test_the_furniture_names_the_page_and_without_it_nothing_does(
    cluster: int, index: int, words: str, instead: str, read: tuple[str, str]
):
    page = raw_document(cluster, index)
    assert words in page
    assert outlet_read(page) == read
    assert own_outlet(page.replace(words, instead)) is None


def test_each_sits_where_the_readers_saw_it():
    assert f"{_NOTICE} Media caption Listen to an excerpt" in raw_document(20, 1)
    assert raw_document(19, 1).endswith(_SHARE)
    assert raw_document(37, 0).split("\n", 1)[0].endswith(_CREDIT)
    # A network paper's own short address is still read by the share link rule before it.
    # (shown by the name its text writes for freep.com since sources19)
    assert outlet_read(raw_document(50, 0)) == ("The Free Press", "share link")


def test_an_agency_s_or_a_freelancer_s_credit_names_no_outlet():
    # The Post's own pages credit agencies too: the picture's, not the page's.
    assert "(Seth Wenig/AP)" in raw_document(126, 0)
    assert own_outlet(raw_document(126, 0)) is None
    # "For The Times" (a freelancer's, raw 161 [0]) and a paper without its "The" stay unread.
    assert "(Christina House / For The Times)" in raw_document(161, 0)
    assert own_outlet(raw_document(161, 0)) is None
    assert "(Todd Maisel/New York Daily News)" in raw_document(17, 2)
    assert own_outlet(raw_document(17, 2)) is None
    body = "Paragraph one tells the story.\n\nParagraph two tells more."
    for credit in ("(Jane Roe/The Associated Press)", "(Jane Roe/The Canadian Press)"):
        assert own_outlet(f"A caption. {credit}\n\n{body}") is None
    assert own_outlet(f"A caption. (Jane Roe/The Dallas Morning News)\n\n{body}") is not None


def test_over_raw_and_duc_the_new_readings_are_the_pages_judged():
    read = {
        (page.corpus, page.cluster, page.document): found.address or found.value
        for page in pages_everywhere()
        if (found := own_outlet(page.article.text)) is not None
        and found.rule in _NEW_RULES
        and (found.address or found.value)
        in ("BBC", "usatoday.com", "Bloomberg News", "The Washington Post")
    }
    bbc = {(20, 1), (26, 2), (125, 0), (168, 2), (218, 1)}
    usa_today = {(19, 1), (43, 1), (83, 1), (139, 1), (205, 3), (234, 2), (246, 1), (249, 0)}
    post = {(37, 0), (37, 3), (37, 4), (145, 1), (178, 1), (193, 0), (198, 2), (238, 1)}
    assert read == {
        **{("raw", *key): "BBC" for key in bbc},
        **{("raw", *key): "usatoday.com" for key in usa_today},
        **{("raw", *key): "The Washington Post" for key in post},
        ("raw", 160, 0): "Bloomberg News",
    }


def test_a_page_an_earlier_rule_reads_keeps_that_reading():
    # 27 [0] and 209 [1] carry the player notice too, read first by their own lines.
    assert outlet_read(raw_document(27, 0)) == ("BBC", "newsletter line")
    assert outlet_read(raw_document(209, 1))[1] == "writer's address"
    # The Post's staff credit in its own words is read by the older rule.
    assert outlet_read(raw_document(97, 0)) == ("Washington Post", _OWN_PICTURE)


def test_bloomberg_s_contact_lines_name_the_wire_and_a_bare_net_mailbox_does_not():
    page = raw_document(160, 0)
    assert "To contact the reporter on this story: Brian Faler in Washington at" in page
    assert outlet_read(page) == ("Bloomberg News", "wire's contact line")
    # The address alone is a firm's mailbox to `own_signoffs`, and so it stays.
    bare = page.replace("To contact the reporter on this story: Brian Faler in Washington at", "")
    bare = bare.replace("To contact the editor responsible for this story: Mark Silva at", "")
    assert own_outlet(bare) is None


def test_pages_that_name_no_outlet_in_their_furniture_stay_unknown():
    # 116 [1] and 160 [1]: POLITICO's "Text Size" box alone (sources15); 28 [2]: "told
    # MailOnline", a name told; 10 [0], [3]: "Celebuzz TV Editor …", "Celebuzz has compiled".
    for cluster, index in ((116, 1), (160, 1), (28, 2), (10, 0), (10, 3)):
        assert own_outlet(raw_document(cluster, index)) is None


def test_the_sources_lists_name_them_and_say_where_each_was_read(tmp_path):
    led, notes = sources_markdown(20, tmp_path)
    assert "2. **BBC**" in led
    assert any("read from its media player's notice, 'Media playback is" in n for n in notes)
    soccer, _ = sources_markdown(37, tmp_path)
    # 37 [3] and [4] are one text, listed once.
    assert "1. **The Washington Post**" in soccer and "4. **The Washington Post**" in soccer
    stocks, stock_notes = sources_markdown(19, tmp_path)
    assert "2. **USA Today**" in stocks
    assert any("short share link" in note and "usat.ly" in note for note in stock_notes)
