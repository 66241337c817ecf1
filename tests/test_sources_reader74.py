"""Sources, stop 44 (sources13): a seventy-fourth reader found raw 67 [1] (WRAL's story of
the judge who spent a night in jail with a veteran he sentenced) shown "outlet unknown",
though the page's mail-a-friend form, left in its text, says "A friend wanted you to see this
item from WRAL.com: http://wr.al/13gnP". Documents are 0-based (the readers count from 1)."""

from __future__ import annotations

from chorus.ingest.own_lines import own_outlet
from tests.raw_pages import outlet_read, raw_document, sources_markdown

_FORM = "Message: * A friend wanted you to see this item from WRAL.com: http://wr.al/13gnP"


def test_the_mail_a_friend_form_names_wral():
    page = raw_document(67, 1)
    assert f"\n{_FORM}\n" in page
    assert outlet_read(page) == ("wral.com", "share link")
    # Without the form the page names no outlet: its story never says WRAL.
    assert outlet_read(page.replace(_FORM, "")) is None


def test_a_form_naming_a_section_not_a_site_names_no_outlet():
    # Multi-News+ train's one such form names WRAL's section, "High School OT", no address.
    section = _FORM.replace("WRAL.com", "High School OT")
    assert outlet_read(raw_document(67, 1).replace(_FORM, section)) is None


def test_the_page_that_cites_abc11_stays_unknown():
    # 67 [0] is ABC11's story told by another page ("Olivera told ABC11"): a name told is how
    # outlets cite one another, not the page's own.
    page = raw_document(67, 0)
    assert "told ABC11" in page
    assert own_outlet(page) is None


def test_the_sources_list_shows_wral_and_says_where_it_was_read(tmp_path):
    markdown, notes = sources_markdown(67, tmp_path)
    assert "2. **wral.com**" in markdown
    assert markdown.count("outlet unknown") == 1
    assert (
        "outlet 'wral.com' read from its share link, 'Message: * A friend wanted you to see "
        "this item from WRAL.com:…'"
    ) in [note.split(": ", 1)[1] for note in notes]
