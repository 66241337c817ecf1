"""The web app's pages as a user meets them: the list of past briefings, reached by any
link, says what is there."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")

from tests.test_serve_api import client_for


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
