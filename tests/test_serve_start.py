"""`chorus serve` as a newcomer starts it, and JSON requests of the wrong type."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from chorus.cli import app
from chorus.serve.app import create_app
from chorus.serve.settings import ServeSettings


def test_serve_on_a_port_in_use_is_one_line_before_the_start_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(
            app, ["serve", "--port", str(port), "--db", str(tmp_path / "b.sqlite")]
        )
    assert result.exit_code == 1, result.output
    # Before: "chorus serve: http://127.0.0.1:PORT/", as if it served there, then
    # uvicorn's "[Errno 98] ... address already in use", exit 3.
    assert result.output.strip().splitlines() == [
        f"chorus: error: cannot listen on 127.0.0.1:{port}: the port is in use (another "
        "server?); choose another with --port"
    ]


def test_serve_on_a_host_that_is_not_this_machine_is_refused(tmp_path):
    result = CliRunner().invoke(
        app, ["serve", "--host", "nosuch.invalid", "--db", str(tmp_path / "b.sqlite")]
    )
    assert result.exit_code == 1, result.output
    assert result.output.strip() == "chorus: error: --host nosuch.invalid: no such host or address"


def test_api_words_true_is_refused_not_taken_for_one_word(tmp_path, seed_texts):
    text = next(iter(seed_texts.values()))
    settings = ServeSettings(db=str(tmp_path / "b.sqlite"))
    with TestClient(create_app(settings)) as client:
        refused = client.post("/api/briefings", json={"articles": [{"text": text}], "words": True})
        briefed = client.post("/api/briefings", json={"articles": [{"text": text}], "words": 60})
    # Before: 201 and an empty summary (true was 1 word, which no sentence fits).
    assert refused.status_code == 422
    assert refused.json()["detail"] == "invalid request: words: Input should be a valid integer"
    assert briefed.status_code == 201
    assert 0 < briefed.json()["words"] <= 60


def test_serve_on_port_0_is_refused_not_started_on_a_port_it_cannot_name(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--port", "0", "--db", str(tmp_path / "b.sqlite")])
    # Before: "chorus serve: http://127.0.0.1:0/" while uvicorn listened on another port.
    assert result.exit_code == 1, result.output
    assert result.output.strip() == "chorus: error: --port must be between 1 and 65535"
