"""The web app through FastAPI's TestClient: briefings in, stored, out; every bad request a
clear 4xx with a message, never a 500 or a traceback."""

from __future__ import annotations

import gzip
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from chorus.errors import ChorusError
from chorus.render.html_assets import SCRIPT
from chorus.serve.app import create_app
from chorus.serve.settings import ServeSettings
from chorus.serve.store import Listing, SQLiteStore, Stored, open_store


def client_for(tmp_path: Path, **limits) -> TestClient:
    settings = ServeSettings(db=str(tmp_path / "briefings.sqlite"), **limits)
    return TestClient(create_app(settings), follow_redirects=False)


@pytest.fixture
def client(tmp_path) -> Iterator[TestClient]:
    with client_for(tmp_path) as client:
        yield client


@pytest.fixture(scope="module")
def seed_files(seeds_dir) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(seeds_dir.iterdir())]


def test_serve_api_upload_get_and_list(client, seed_files):
    created = client.post("/api/briefings", files=seed_files, data={"words": "120"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert created.headers["location"] == f"/api/briefings/{body['id']}"
    assert len(body["briefing"]["sources"]) == 3
    assert 0 < body["briefing"]["word_count"] <= 120
    fetched = client.get(f"/api/briefings/{body['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == body
    listing = client.get("/api/briefings").json()
    assert listing["total"] == 1 and listing["briefings"][0]["id"] == body["id"]
    page = client.get(body["url"])
    assert page.status_code == 200 and page.text.startswith("<!DOCTYPE html>")
    assert "script-src 'sha256-" in page.headers["content-security-policy"]


def test_serve_report_stored_by_an_earlier_version_keeps_its_own_style_and_script(
    client, seed_files, monkeypatch
):
    import chorus.render.html_page as html_page

    current = html_page.content_policy(script=SCRIPT)
    monkeypatch.setattr(html_page, "CSS", html_page.CSS + "\n/* an earlier version */")
    earlier = html_page.content_policy(script=SCRIPT)
    created = client.post("/api/briefings", files=seed_files, data={"words": "60"})
    monkeypatch.undo()
    assert earlier != current
    served = client.get(created.json()["url"])
    assert served.headers["content-security-policy"] == earlier + "; frame-ancestors 'none'"
    assert html_page.written_policy(served.text) == earlier


def test_serve_form_redirects_to_the_report_and_lists_it(client, seed_files):
    response = client.post("/briefings", files=seed_files, data={"text": ""})
    assert response.status_code == 303
    report = client.get(response.headers["location"])
    assert report.status_code == 200 and 'class="summary"' in report.text
    assert response.headers["location"] in client.get("/briefings").text


def test_serve_pasted_articles_split_at_dashes(client):
    text = (
        "The council voted on Monday to close the old bridge for repairs this summer.\n"
        "---\n"
        "Officials said on Monday that the old bridge will close for repairs in July."
    )
    response = client.post("/api/briefings", data={"text": text})
    assert response.status_code == 201, response.text
    assert len(response.json()["briefing"]["sources"]) == 2


def test_serve_pasted_articles_are_named_as_the_form_calls_them(client, seed_texts):
    """Pasted text has no file name: it was shown as the file `pasted-1.txt`."""
    created = client.post("/api/briefings", data={"text": "\n---\n".join(seed_texts.values())})
    briefing = created.json()["briefing"]
    sources = [(s["outlet"], s["outlet_from"], s["origin"]) for s in briefing["sources"]]
    assert sources == [
        (None, "input name", "pasted text 1"),
        ("The Financial Times", "article text", "pasted text 2"),  # its copyright line
        (None, "input name", "pasted text 3"),
    ]
    assert any("Background: pasted text 3, background: " in n for n in briefing["notes"])
    page = client.get(created.json()["url"]).text
    assert '<span class="num">1</span>pasted text 1</h3><p>outlet unknown' in page
    assert "pasted-1" not in page and "pasted-1" not in created.text


def test_serve_json_articles(client, seed_texts):
    articles = [
        {"title": f"Story {n}", "source": f"Outlet {n}", "date": "2018-04-13", "text": text}
        for n, text in enumerate(seed_texts.values())
    ]
    response = client.post("/api/briefings", json={"articles": articles, "words": 80})
    assert response.status_code == 201, response.text
    sources = response.json()["briefing"]["sources"]
    assert [s["outlet"] for s in sources] == ["Outlet 0", "Outlet 1", "Outlet 2"]
    assert {s["outlet_from"] for s in sources} == {"metadata"}
    assert sources[0]["published"] == "2018-04-13"


def test_serve_lists_a_briefing_under_its_report_headline_not_a_background_title(
    client, seed_texts
):
    """The 2017 seed sent first, titled as pages title themselves: the list names the
    briefing by the first on-story title, without its outlet, as the report's tab does."""
    outlets = {"002": "Sputnik", "000": "Anadolu", "001": "Financial Times"}
    titles = {"002": "Ayrault in Moscow", "000": "Macron, Putin discuss Syria by phone"}
    articles = [
        {"title": f"{titles.get(name[:3], 'Macron warns')} - {outlets[name[:3]]}"}
        | {"source": outlets[name[:3]], "text": text}
        for name, text in sorted(
            seed_texts.items(), key=lambda item: item[0] != "002_d1c345cafae71714.txt"
        )
    ]
    created = client.post("/api/briefings", json={"articles": articles, "words": 80}).json()
    (listed,) = client.get("/api/briefings").json()["briefings"]
    assert listed["title"] == "Macron, Putin discuss Syria by phone"
    page = client.get(created["url"]).text
    assert "<title>Macron, Putin discuss Syria by phone" in page


def test_serve_hostile_article_is_escaped_in_the_stored_page(client):
    text = 'The vote <script>alert(1)</script> failed " onmouseover="alert(2)" on Monday night.'
    created = client.post("/api/briefings", json={"articles": [{"text": text}]}).json()
    page = client.get(created["url"]).text
    assert "<script>alert(1)" not in page and 'onmouseover="alert' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def expect_error(response, status: int, words: str) -> None:
    assert response.status_code == status, response.text
    assert words in response.text
    assert "Traceback" not in response.text


def test_serve_empty_form_is_400(client):
    expect_error(client.post("/briefings", data={"text": "  "}), 400, "nothing to brief")
    expect_error(client.post("/api/briefings", data={}), 400, "nothing to brief")


def test_serve_binary_upload_is_400(client):
    files = [("files", ("photo.jpg", bytes(range(256)) * 40, "image/jpeg"))]
    expect_error(client.post("/api/briefings", files=files), 400, "binary file, not text")


def test_serve_pdf_upload_is_400_and_says_what_to_upload(client):
    files = [("files", ("story.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf"))]
    says = "story.pdf: PDF document, not text"
    expect_error(client.post("/api/briefings", files=files), 400, says)


def test_serve_upload_over_the_size_limit_is_413(tmp_path):
    with client_for(tmp_path, max_upload_bytes=5_000) as client:
        files = [("files", ("big.txt", b"word " * 4_000, "text/plain"))]
        expect_error(client.post("/api/briefings", files=files), 413, "upload too large")
        expect_error(client.post("/briefings", files=files), 413, "at most 5,000 bytes")
        chunks = iter([b'{"articles": [{"text": "', b"x" * 6_000, b'"}]}'])
        streamed = client.post(
            "/api/briefings", content=chunks, headers={"content-type": "application/json"}
        )
        expect_error(streamed, 413, "upload too large")


def test_serve_gzip_bomb_is_refused(tmp_path):
    with client_for(tmp_path, max_upload_bytes=20_000) as client:
        bomb = gzip.compress(b"a" * 5_000_000)
        files = [("files", ("bomb.txt.gz", bomb, "application/gzip"))]
        expect_error(client.post("/api/briefings", files=files), 400, "once decompressed")


def test_serve_too_many_files_is_400(tmp_path, seed_files):
    with client_for(tmp_path, max_files=2) as client:
        expect_error(client.post("/api/briefings", files=seed_files), 400, "files")
        articles = [{"text": f"Article number {n} says something."} for n in range(3)]
        expect_error(client.post("/api/briefings", json={"articles": articles}), 400, "at most 2")


def test_serve_articles_inside_one_upload_count_against_max_files(tmp_path, seed_texts):
    records = [{"source": name, "text": text} for name, text in seed_texts.items()]
    upload = "\n".join(json.dumps(record) for record in records).encode("utf-8")
    files = [("files", ("articles.jsonl", upload, "application/x-ndjson"))]
    with client_for(tmp_path, max_files=2) as client:
        refused = client.post("/api/briefings", files=files)
        expect_error(refused, 400, "3 articles sent; this server takes at most 2 at once")
        assert client.get("/api/briefings").json()["total"] == 0
    with client_for(tmp_path, max_files=3) as client:
        created = client.post("/api/briefings", files=files)
        assert created.status_code == 201, created.text
        assert len(created.json()["briefing"]["sources"]) == 3


def test_serve_malformed_json_is_400_and_invalid_json_422(client):
    headers = {"content-type": "application/json"}
    bad = client.post("/api/briefings", content=b'{"articles": [', headers=headers)
    expect_error(bad, 400, "malformed JSON: EOF while parsing a list at line 1 column 14")
    assert "Invalid JSON" not in bad.json()["detail"]
    invalid = client.post("/api/briefings", json={"articles": [{"body": "no text field"}]})
    expect_error(invalid, 422, "articles.0.text")
    expect_error(client.post("/api/briefings", json={"words": "many"}), 422, "words")


def test_serve_unknown_id_and_route_are_404(client):
    expect_error(client.get("/api/briefings/0123456789abcdef"), 404, "no briefing with id")
    expect_error(client.get("/briefings/nope"), 404, "no briefing with id")
    expect_error(client.get("/nowhere"), 404, "nothing at /nowhere: the form is at /")
    for path in ("/docs", "/api"):
        expect_error(client.get(path), 404, "the API at /api/briefings")
    long = client.get("/<b>" + "x" * 5000)
    expect_error(long, 404, "nothing at /&lt;b&gt;xxx")
    assert "x" * 100 not in long.text


def test_serve_other_bad_requests_are_4xx(client):
    expect_error(client.post("/api/briefings", content=b"hi"), 415, "application/json")
    expect_error(client.post("/briefings", data={"text": "Some text.", "words": "0"}), 400, "words")
    expect_error(client.get("/api/briefings?limit=100000"), 422, "limit")
    expect_error(
        client.delete("/api/briefings"), 405, "DELETE is not accepted at /api/briefings (it takes"
    )


def test_serve_seeds_sent_to_the_home_page_are_told_where_they_go(client, seed_files):
    # `curl -F files=@a.txt http://127.0.0.1:8000/` was answered "Method Not Allowed".
    sent = client.post("/", files=seed_files)
    expect_error(sent, 405, "POST is not accepted at / (it takes GET, HEAD); send articles to")
    assert "/api/briefings" in sent.text and sent.text.startswith("<!DOCTYPE html>")
    assert client.get("/api/briefings").json()["total"] == 0


def test_serve_pages_answer_head_as_get(client, seed_files):
    # `curl -I` and uptime checks were told 405 by a server that was up.
    made = client.post("/briefings", files=seed_files)
    for path in ("/", "/briefings", made.headers["location"]):
        head, get = client.head(path), client.get(path)
        assert head.status_code == get.status_code == 200, path
        assert head.headers["content-security-policy"] == get.headers["content-security-policy"]
        assert head.content == b""


SEED_DATE = "2018-04-13"
"""The seeds' publication date (a Friday): 'on Tuesday' is 2018-04-10, 'on Friday' itself."""


def weekday_dates(timeline: list[dict]) -> dict[str, set[str]]:
    """The dates each weekday expression of a JSON timeline was given."""
    dates: dict[str, set[str]] = {}
    for entry in timeline:
        expression = entry["expression"]["text"]
        if expression.endswith("day"):
            dates.setdefault(expression, set()).add(entry["date"])
    return dates


@pytest.fixture(scope="module")
def cli_timeline(seeds_dir) -> list[dict]:
    from typer.testing import CliRunner

    from chorus.cli import app

    args = ["brief", str(seeds_dir), "--date", SEED_DATE, "--format", "json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["analysis"]["timeline"]


def test_serve_date_resolves_the_seeds_timeline_as_the_cli_does(client, seed_files, cli_timeline):
    created = client.post("/api/briefings", files=seed_files, data={"date": SEED_DATE})
    assert created.status_code == 201, created.text
    briefing = created.json()["briefing"]
    assert {s["published"] for s in briefing["sources"]} == {SEED_DATE}
    assert briefing["analysis"]["timeline"] == cli_timeline
    dates = weekday_dates(cli_timeline)
    assert dates["Tuesday"] == {"2018-04-10"} and dates["Friday"] == {"2018-04-13"}


def test_serve_form_date_and_browser_pasted_articles(client, seed_texts):
    # A browser sends a textarea's line breaks as CRLF: the separator must still split.
    pasted = "\r\n---\r\n".join(t.replace("\n", "\r\n") for t in seed_texts.values())
    undated = client.post("/api/briefings", data={"text": pasted}).json()["briefing"]
    assert len(undated["sources"]) == 3
    assert "could not be resolved" in undated["analysis"]["reasons"]["timeline"]
    response = client.post("/briefings", data={"text": pasted, "date": SEED_DATE})
    assert response.status_code == 303
    stored = client.get("/api" + response.headers["location"]).json()["briefing"]
    assert len(stored["sources"]) == 3
    dates = weekday_dates(stored["analysis"]["timeline"])
    assert dates["Tuesday"] == {"2018-04-10"} and dates["Friday"] == {"2018-04-13"}
    page = client.get(response.headers["location"]).text
    assert "10 April 2018 (Tuesday): Russia on Tuesday vetoed" in page


def test_serve_json_date_replaces_the_articles_own(client, seed_texts):
    articles = [{"date": "2017-04-13", "text": text} for text in seed_texts.values()]
    response = client.post("/api/briefings", json={"articles": articles, "date": SEED_DATE})
    assert response.status_code == 201, response.text
    assert {s["published"] for s in response.json()["briefing"]["sources"]} == {SEED_DATE}


@pytest.mark.parametrize(
    ("date", "says"),
    [
        ("2018-13-01", "not a calendar date; expected YYYY-MM-DD"),
        ("yesterday", "not a date chorus reads; expected YYYY-MM-DD"),
        ("13/04/2018", "day and month in figures, read neither day first nor month first"),
        ("0001-01-01", "expected a year from 1000 to 9000"),
    ],
)
def test_serve_bad_date_gives_the_form_back_filled_in(client, date, says):
    text = "The council voted on Tuesday to close the old bridge for repairs."
    form = client.post("/briefings", data={"text": text, "date": date, "words": "90"})
    expect_error(form, 400, says)
    assert f'name="date" type="date" min="1000-01-01" max="9000-12-31" value="{date}"' in form.text
    assert f">{text}</textarea>" in form.text and 'value="90"' in form.text
    expect_error(client.post("/api/briefings", data={"text": text, "date": date}), 400, says)
    as_json = {"articles": [{"text": text}], "date": date}
    expect_error(client.post("/api/briefings", json=as_json), 400, says)
    assert client.get("/api/briefings").json()["total"] == 0


def test_serve_pasted_link_is_refused_with_advice(tmp_path, client):
    link = "https://www.example.com/news/2018/04/13/syria-strikes"
    expect_error(client.post("/briefings", data={"text": link}), 400, "is a link, not an article")
    expect_error(client.post("/api/briefings", data={"text": link}), 400, "does not fetch pages")
    with client_for(tmp_path / "fetching", allow_url_fetch=True) as fetching:
        refused = fetching.post("/briefings", data={"text": f"{link}\n{link}"})
        expect_error(refused, 400, "put links in the URL box")
        assert f">{link}\n{link}</textarea>" in refused.text


class Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []
    page = (
        b"<html><head><title>Bridge</title></head><body><article><p>"
        + (b"The old bridge will close for repairs in July, the council said on Monday. " * 3)
        + b"</p></article></body></html>"
    )

    def do_GET(self) -> None:
        Recorder.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def page_server() -> Iterator[str]:
    Recorder.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/news/bridge.html"
    server.shutdown()
    thread.join(5)


def test_serve_fetches_no_url_unless_allowed(tmp_path, page_server):
    with client_for(tmp_path) as client:
        refused = client.post("/api/briefings", json={"urls": [page_server]})
        expect_error(refused, 400, "does not fetch URLs")
        assert "urls" not in client.get("/").text
    assert Recorder.hits == []
    with client_for(tmp_path, allow_url_fetch=True) as client:
        fetched = client.post("/api/briefings", json={"urls": [page_server]})
        assert fetched.status_code == 201, fetched.text
        expect_error(client.post("/api/briefings", json={"urls": ["file:///etc/passwd"]}), 400, "")
    assert Recorder.hits == ["/news/bridge.html"]


def test_serve_openapi_schema_documents_both_bodies(client):
    schema = client.get("/api/openapi.json").json()
    body = schema["paths"]["/api/briefings"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "multipart/form-data"}
    assert "articles" in schema["components"]["schemas"]["BriefingRequest"]["properties"]
    assert "/api/briefings/{briefing_id}" in schema["paths"]


def test_serve_defaults_are_the_safe_ones():
    settings = ServeSettings()
    assert settings.host == "127.0.0.1" and settings.loopback
    assert settings.allow_url_fetch is False


def test_serve_store_roundtrip_and_order(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    for n in range(3):
        listing = Listing(f"id{n}", f"2024-01-0{n + 1}T00:00:00+00:00", f"t{n}", 2, 100)
        store.add(Stored(listing, json.dumps({"n": n}), "<p>page</p>"))
    assert store.count() == 3
    assert [item.id for item in store.recent(2)] == ["id2", "id1"]
    assert store.get("id0").payload == '{"n": 0}' and store.get("missing") is None
    store.close()


def test_serve_store_url_names_sqlite_only(tmp_path):
    assert isinstance(open_store(f"sqlite:///{tmp_path}/a.sqlite"), SQLiteStore)
    with pytest.raises(ChorusError, match="only SQLite"):
        open_store("postgresql://localhost/chorus")


def test_serve_command_refuses_an_unsupported_store():
    from typer.testing import CliRunner

    from chorus.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", "postgresql://localhost/chorus"])
    assert result.exit_code == 1
    assert "only SQLite is supported" in result.output


def test_serve_unreadable_json_uploads_are_400_with_each_reason(client, seed_files):
    deep = ("files", ("deep.json", b"{" + b'"a": {' * 50_000 + b"}" * 50_001, "application/json"))
    # A RecursionError in the JSON parser was a 500 before.
    expect_error(client.post("/api/briefings", files=[deep]), 400, "JSON nested too deeply")
    numbers = ("files", ("numbers.json", b"[1, 2]", "application/json"))
    refused = client.post("/api/briefings", files=[numbers])
    expect_error(
        refused,
        400,
        "no articles to brief (numbers.json item 1: expected an article's text or a JSON",
    )
    created = client.post("/api/briefings", files=[deep, numbers, *seed_files])
    assert created.status_code == 201, created.text
    skipped = [s["origin"] for s in created.json()["briefing"]["skipped"]]
    assert skipped == ["deep.json", "numbers.json item 1", "numbers.json item 2"]


def test_serve_list_offset_beyond_sqlite_integers_is_422_not_500(client):
    beyond = 2**63
    expect_error(client.get(f"/api/briefings?offset={beyond}"), 422, "offset")
    expect_error(client.get(f"/briefings?offset={beyond}"), 422, "offset")
    assert client.get(f"/api/briefings?offset={beyond - 1}").json()["briefings"] == []


def test_serve_store_on_a_directory_says_so(tmp_path):
    with pytest.raises(ChorusError, match="a directory; --db names the briefing store's file"):
        SQLiteStore(str(tmp_path))


def test_serve_a_files_part_without_a_filename_is_read_not_dropped(client, seed_texts):
    # `curl -F files=@a.txt -F 'files=<b.txt'` sends b's text with no filename: Starlette
    # hands it over as a text field, and the briefing covered a.txt alone without a word.
    first, second = list(seed_texts.values())[:2]
    created = client.post(
        "/api/briefings",
        data={"files": second},
        files=[("files", ("a.txt", first.encode(), "text/plain"))],
    )
    assert created.status_code == 201, created.text
    origins = sorted(s["origin"] for s in created.json()["briefing"]["sources"])
    assert origins == ["a.txt", "upload-1"]
