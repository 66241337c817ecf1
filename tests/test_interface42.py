"""Interface, stop 41: reader57 found raw 230's third page holding 13 closing quotation marks
lost to "\ufffd?", which reading sets right as ”, one character for two: every span after the
first was 1 to 13 characters off the text sent (45 of the briefing's spans), and nothing said
the text was changed. Each source now keeps its changes (the JSON's `changes`), the notes
and the Sources line name them, and every span maps back to the text sent. Documents are
0-based here (the readers count from 1)."""

from __future__ import annotations

import html
import json

import pytest

import chorus
from chorus.ingest import read_inputs
from chorus.ingest.repairs import LOST_CLOSING, as_read
from chorus.render import to_dict, to_html, to_markdown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def briefed(tmp_path_factory):
    """Raw 230 and 207 briefed as `chorus brief cNNN.jsonl` briefs them, with what was sent."""
    folder = tmp_path_factory.mktemp("raw")
    found = {}
    for line in (230, 207):
        path = folder / f"c{line}.jsonl"
        path.write_text(json.dumps(raw_clusters()[line]) + "\n", encoding="utf-8")
        read = read_inputs([path])
        briefing = chorus.brief(read.articles, words=250, notes=read.notes)
        found[line] = (briefing, raw_clusters()[line]["documents"])
    return found


def _spans(value: object):
    """Every span of a briefing's JSON: the summary's, the analysis', removals and changes."""
    if isinstance(value, dict):
        if {"article_id", "start", "end", "text"} <= value.keys():
            yield value
        for inner in value.values():
            yield from _spans(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _spans(inner)


def _source_spans(source: dict):
    for span in (*source["removed"], *source["changes"]):
        yield {**span, "article_id": source["article_id"]}


def _growth(change: dict) -> int:
    return len(change["given"]) - (change["end"] - change["start"])


def _as_sent(start: int, end: int, changes: list[dict]) -> tuple[int, int]:
    """A span's offsets in the text sent, as docs/json-schema.md says to find them."""
    sent_start = start + sum(_growth(c) for c in changes if c["end"] <= start)
    sent_end = end + sum(_growth(c) for c in changes if c["start"] < end)
    return sent_start, sent_end


def _given(text: str, start: int, end: int, changes: list[dict]) -> str:
    """`text[start:end]` with each change inside it as the text sent held it (one taken out
    at either edge stands outside it, as `_as_sent` counts it)."""
    inside = [c for c in changes if c["end"] > start and c["start"] < end]
    pieces, kept_to = [], start
    for change in inside:
        pieces += (text[kept_to : change["start"]], change["given"])
        kept_to = change["end"]
    return "".join(pieces) + text[kept_to:end]


def _check_every_span(briefing, sent: list[str]) -> tuple[int, int]:
    """(spans checked, spans a change before them moved) once each checks against the
    text as read and, mapped back, against the text sent."""
    payload = to_dict(briefing)
    sources = {s["article_id"]: s for s in payload["sources"]}
    texts = {d.article.id: d.article.text for d in briefing.documents}
    spans = [*_spans(payload), *(s for src in payload["sources"] for s in _source_spans(src))]
    moved = 0
    for span in spans:
        source = sources[span["article_id"]]
        text, changes = texts[span["article_id"]], source["changes"]
        assert text[span["start"] : span["end"]] == span["text"]
        start, end = _as_sent(span["start"], span["end"], changes)
        given = sent[source["number"] - 1]
        assert given[start:end] == _given(text, span["start"], span["end"], changes)
        moved += start != span["start"]
    return len(spans), moved


def test_raw_230s_spans_check_against_the_text_as_read_and_the_text_sent(briefed):
    briefing, sent = briefed[230]
    checked, moved = _check_every_span(briefing, sent)
    # Reader57 counted 45 spans off the text sent; each maps back now.
    assert checked > 100 and moved >= 45
    third = to_dict(briefing)["sources"][2]
    assert [(c["text"], c["given"], c["reason"]) for c in third["changes"]] == [
        ("”", "\ufffd?", LOST_CLOSING)
    ] * 13
    assert [s["changes"] for s in to_dict(briefing)["sources"][:2]] == [[], []]
    # "(she admitted to having “super-supercurly hair�?)" reads with its closing mark.
    assert "“super-supercurly hair”)" in briefing.documents[2].article.text


def test_raw_230s_note_and_sources_line_name_the_repair(briefed):
    briefing, _ = briefed[230]
    said = "13 closing quotation marks lost to '\ufffd?' read as ”"
    notes = [note for note in briefing.notes if "quotation marks lost" in note]
    assert len(notes) == 1
    assert notes[0].endswith(f"c230.jsonl document 3: {said}; spans count the text so read")
    assert notes[0] in to_dict(briefing)["notes"]
    sources = to_markdown(briefing).split("## Sources\n\n", 1)[1].splitlines()
    assert f"text as read: {said}" in sources[2]
    assert "text as read" not in sources[0] + sources[1]
    # The page's column for [3], and its notes, say it too (once each).
    page, escaped = to_html(briefing), html.escape(said)
    assert page.count(f"text as read: {escaped}") == 1
    assert page.count(f"{escaped}; spans count the text so read") == 1


def test_raw_207s_semicolons_left_by_an_escaped_ampersand(briefed):
    """The Verge's iPhone page writes "AT&T;" three times and "AT&T.;" once."""
    briefing, sent = briefed[207]
    checked, moved = _check_every_span(briefing, sent)
    assert checked > 20 and moved > 0
    second = briefing.documents[1].article
    assert [c.given for c in second.changes] == [";"] * 4
    assert "as AT&T and Verizon in October" in second.text
    assert "than Verizon and AT&T. In fact" in second.text
    note = next(note for note in briefing.notes if "escaped '&'" in note)
    assert note.endswith(
        "c207.jsonl document 2: 4 semicolons an escaped '&' left behind taken out "
        "(e.g. 'AT&T;' read as 'AT&T'); spans count the text so read"
    )
    assert not any("escaped '&'" in n for n in briefing.notes if "document 1" in n)


def test_a_text_briefed_from_python_says_its_drop_cap_was_joined():
    """Raw 36 [0] opens "T" / "he most likely person ..." (the only drop cap of raw and DUC)."""
    page = raw_clusters()[36]["documents"][0]
    briefing = chorus.brief([page], words=60, analyze=False)
    article = briefing.documents[0].article
    assert article.text.startswith("The most likely person to replace")
    (change,) = article.changes
    assert (change.start, change.end) == (1, 1) and change.given.isspace()
    assert (
        "text 1: 1 drop cap set on a line of its own joined to its word ('T' / 'he' read as "
        "'The'); spans count the text so read"
    ) in briefing.notes


def test_a_repair_made_where_another_was_is_one_change_holding_both():
    """A zero-width space inside a lost mark ("\ufffd\u200b?") goes first; the mark then
    read as ” is one change, given both, so the text sent is still rebuilt whole."""
    page = raw_clusters()[230]["documents"][2]
    first = page.index("\ufffd?")
    sent = page[: first + 1] + "\u200b" + page[first + 1 :]
    text, changes = as_read(sent)
    assert text == as_read(page)[0]
    assert len(changes) == 13 and changes[0].given == "\ufffd\u200b?"
    assert changes[0].reason == LOST_CLOSING and text[changes[0].start : changes[0].end] == "”"
    rebuilt, kept_to = [], 0
    for change in changes:
        rebuilt += (text[kept_to : change.start], change.given)
        kept_to = change.end
    assert "".join(rebuilt) + text[kept_to:] == sent
