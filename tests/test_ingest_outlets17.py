"""Outlets, stop 33 (cleaning's seventeenth pass): a twentieth reader's raw 160 [1] was shown
as "bloomberg.net", a reporter's mail domain; an address on ".net" (a provider's mailbox or
a firm's mail, never a site a reader visits) now names no outlet. The share links and
addresses the same reader found (19 [2] "usat.ly", 203 [1] "popeater.com") still name none:
an unknown outlet beats a wrong one. DUC's newswire dateline with its underscore ("TAIPEI,
Taiwan (AP) _ ") is left out of a shown lead as the other dashes are."""

from __future__ import annotations

import re

from chorus.ingest import read_inputs
from chorus.ingest.own_lines import own_outlet
from chorus.render.sources import FROM_TEXT, outlet_from
from chorus.summarize.shown import DATELINE
from tests.conftest import DATA, RAW_VALIDATION, read_clusters


def _document(cluster: int, index: int) -> str:
    return read_clusters(RAW_VALIDATION, 250)[cluster]["documents"][index]


def test_a_reporters_mail_on_net_names_no_outlet(tmp_path):
    text = _document(160, 0)
    assert "To contact the reporter on this story: Brian Faler in Washington at" in text
    # Bloomberg's close names the wire (sources16, tests/test_sources16.py), never its ".net".
    assert own_outlet(text).value == "Bloomberg News"
    path = tmp_path / "faler.txt"
    path.write_text(text, encoding="utf-8")
    ingested = read_inputs([str(path)])
    (article,) = ingested.articles
    assert article.outlet == "Bloomberg News" and outlet_from(article) == FROM_TEXT
    assert not [n for n in ingested.notes if "'bloomberg.net'" in n]


def test_an_address_on_com_beside_it_still_names_the_paper():
    """Raw 207's "Write to Joann S. Lublin at joann.lublin@wsj.com" and 241's
    "kbouffard@detroitnews.com", read by the same rule (shown by the names their texts write
    for them since sources19)."""
    assert own_outlet(_document(207, 0)).address == "wsj.com"
    assert own_outlet(_document(241, 1)).address == "detroitnews.com"


def test_a_galleries_address_names_no_outlet():
    """203's "popeater.com" is in the address of AOL's gallery, beside aol.com (USA Today's
    "usat.ly" share link names usatoday.com since sources16: tests/test_sources16.py)."""
    text = _document(203, 0)
    assert "popeater" in text
    assert own_outlet(text) is None


def test_every_duc_lead_opening_with_a_newswire_dateline_is_shown_without_it():
    """267 of DUC's 298 documents open "<PLACE>[, <region>] [(AP)] _ "; each is read as a
    dateline, as "WASHINGTON (AP) — " is, but the one whose place is followed by markup
    left from the newswire's files ("BEIJING &UR; &LR; _ ")."""
    documents = [
        d for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30) for d in c["documents"]
    ]
    leads = [d.lstrip().split("\n", 1)[0] for d in documents]
    underscored = [lead for lead in leads if re.match(r"[^_]{0,60} _ ", lead)]
    assert len(underscored) == 267
    unread = [
        lead[:20]
        for lead in underscored
        if (found := DATELINE.match(lead)) is None or not found.group().endswith(" _ ")
    ]
    assert unread == ["BEIJING &UR; &LR; _ "]
    taipei = next(lead for lead in underscored if lead.startswith("TAIPEI, Taiwan (AP) _ "))
    assert taipei[DATELINE.match(taipei).end() :].startswith("Typhoon Babs")
