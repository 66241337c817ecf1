"""The web app's pages as a user meets them: a refused form asks again only for what can
help, and the list of past briefings, reached by any link, says what is there."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

pytest.importorskip("fastapi")

from chorus.ingest import READ_SUFFIXES
from tests.test_serve_api import SEED_DATE, client_for, expect_error


def _text(page: str) -> str:
    main = re.search(r"<main.*?</main>", page, re.S).group(0)
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def test_serve_list_past_its_end_does_not_say_there_are_none(tmp_path, seed_texts):
    # With briefings stored, a page past the last ("?offset=50", a link kept from when
    # there were more, or typed) said "No briefings yet. Make the first one."
    with client_for(tmp_path) as client:
        text = "\n---\n".join(seed_texts.values())
        assert client.post("/briefings", data={"text": text}).status_code == 303
        first = _text(client.get("/briefings").text)
        assert first.startswith("1 briefing, newest first.") and "French President" in first
        past = _text(client.get("/briefings?offset=50").text)
        assert "No briefings yet" not in past
        assert past == "1 briefing, none from number 51 on. See the newest."


def test_serve_refused_form_asks_again_only_for_the_files_it_did_not_refuse(tmp_path, seeds_dir):
    seeds = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(seeds_dir.iterdir())]
    photo = ("files", ("photo.jpg", bytes(range(256)) * 40, "image/jpeg"))
    pdf = ("files", ("story.pdf", b"%PDF-1.4\n1 0 obj\n", "application/pdf"))
    with client_for(tmp_path) as client:
        # The form asks for the files again when it refused something else ...
        data = {"date": "2018-13-01", "words": "120"}
        form = client.post("/briefings", files=[*seeds[:2], photo], data=data)
        expect_error(form, 400, "not a calendar date")
        assert 'value="2018-13-01"' in form.text and 'value="120"' in form.text
        names = "000_e70a219f8e194b37.txt, 001_f34298cc83c0a39a.txt, photo.jpg"
        assert f"Choose the files again ({names})" in form.text
        # ... and not for the files it refused as unreadable ("Choose the files again
        # (photo.jpg, story.pdf)"): choosing them again cannot help.
        form = client.post("/briefings", files=[photo, pdf], data={"date": SEED_DATE})
        expect_error(form, 400, "photo.jpg: binary file, not text; story.pdf: PDF document")
        assert f'value="{SEED_DATE}"' in form.text
        assert "Choose the files again" not in form.text


def test_serve_list_says_when_as_a_reader_reads_it(tmp_path, seed_texts):
    # The list wrote "2026-12-04 18:52"; the stamp stays for machines.
    with client_for(tmp_path) as client:
        text = "\n---\n".join(seed_texts.values())
        assert client.post("/briefings", data={"text": text}).status_code == 303
        page = client.get("/briefings").text
        stored = client.get("/api/briefings").json()
    created = stored["briefings"][0]["created"]
    stamp = dt.datetime.fromisoformat(created)
    shown = f"{stamp.day} {stamp:%B %Y}, {stamp:%H:%M}"
    assert f'<time datetime="{created}">{shown}</time>' in page
    assert not re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", _text(page))


def test_serve_form_offers_every_file_chorus_reads_and_briefs_a_csv(tmp_path, seed_texts):
    # The picker left out .csv and .tsv, which `chorus brief` reads as a row per article.
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["Title", "Source", "Text"])
    writer.writerows([f"Seed {n}", f"Outlet {n}", t] for n, t in enumerate(seed_texts.values()))
    with client_for(tmp_path) as client:
        form = client.get("/").text
        (accept,) = re.findall(r'<input id="files"[^>]* accept="([^"]+)"', form)
        assert set(READ_SUFFIXES) <= set(accept.split(",")) and ".csv" in READ_SUFFIXES
        assert ".csv or .tsv" in _text(form)
        upload = ("files", ("articles.csv", rows.getvalue().encode(), "text/csv"))
        made = client.post("/briefings", files=[upload], data={"date": SEED_DATE})
        assert made.status_code == 303, made.text
        page = client.get(made.headers["location"]).text
    assert all(f"Outlet {n}" in page for n in range(3)) and "Title,Source" not in page
