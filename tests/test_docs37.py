"""The docs against the code, stop 36: eval's one-line refusal of an article, the date
README.md says embedded posts give, and the writer's credit line it says names an outlet,
read in the docs and checked against the code (docs/journal/interface.md, "The docs
against the code (stop 36)")."""

import datetime as dt
import json
import re

import pytest
from typer.testing import CliRunner

from chorus.cli import app
from chorus.ingest import read_inputs
from tests.conftest import RAW_VALIDATION, REPO, SEEDS, read_clusters


def _doc(path: str) -> str:
    return (REPO / path).read_text(encoding="utf-8")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_eval_doc_quotes_its_one_line_refusal_of_an_article():
    """docs/eval.md's example: an article given to `chorus eval` is one `chorus: error:`
    line naming what it holds, not ten malformed lines."""
    shown = re.search(r"\$ chorus eval (\S+)\n(chorus: error: .+)\n```", _doc("docs/eval.md"))
    assert shown
    given = SEEDS / shown[1].rsplit("/", 1)[1]
    result = CliRunner().invoke(app, ["eval", str(given), "--systems", "lead"])
    assert result.exit_code == 1
    # rich may wrap the line at the runner's width: compared without white space
    said = "".join(result.stderr.split())
    assert said == "".join(shown[2].replace(shown[1], str(given)).split())
    assert "line 1" not in result.stderr


def test_readme_dates_an_article_by_its_embedded_posts(tmp_path):
    """Raw validation 21 [1], a page of posts mourning Prodigy, has no date line, share link
    or credited caption; README.md says its posts' stamps date it, and quotes one."""
    readme = _flat(_doc("README.md"))
    stamp = re.search(r"else its embedded posts' stamps \(\"(— [^\"]+)\"\)", readme)
    assert stamp
    cluster = tmp_path / "raw21.jsonl"
    cluster.write_text(json.dumps(read_clusters(RAW_VALIDATION, 22)[21]), encoding="utf-8")
    ingested = read_inputs([cluster])
    dated = [n for n in ingested.notes if "document 2: date" in n]
    assert len(dated) == 1 and "read from its posts" in dated[0], ingested.notes
    article = ingested.articles[1]
    assert stamp[1] in article.text
    assert article.published == dt.date(2017, 6, 20)
    assert article.published.strftime("%B %d, %Y").replace(" 0", " ") in stamp[1]


def test_readme_writer_s_credit_line_names_the_outlet(tmp_path):
    """README.md's "… writes for WXIA-TV in Atlanta." closing a real story (seed 000, which
    names no outlet of its own) names WXIA-TV its outlet, with a note quoting the line."""
    quoted = re.search(r'"… (writes for ([\w-]+) in \w+\.)"', _flat(_doc("README.md")))
    assert quoted
    seed = (SEEDS / "000_e70a219f8e194b37.txt").read_text(encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text(f"{seed.rstrip()}\n\nJane Smith {quoted[1]}\n", encoding="utf-8")
    ingested = read_inputs([article])
    assert ingested.articles[0].outlet == quoted[2]
    assert any(f"outlet '{quoted[2]}' read from" in note for note in ingested.notes)


def test_web_doc_shows_the_api_s_answer_as_the_app_gives_it(tmp_path):
    """docs/web.md's `201 Created` answer to the seeds: its keys in order, the briefing's
    `schema_version`, the `Location` header, and the list's keys."""
    testclient = pytest.importorskip("fastapi.testclient")  # the `web` extra

    from chorus.serve.app import create_app
    from chorus.serve.settings import ServeSettings

    web = _doc("docs/web.md")
    answer_at = r"answers `201 Created` with a `Location` header \(its `(\w+)`\) and\n\n"
    shown = re.search(answer_at + r"```json\n(.+?)```", web, re.S)
    assert shown
    keys = re.findall(r'"(\w+)":', shown[2])
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(SEEDS.iterdir())]
    settings = ServeSettings(db=str(tmp_path / "briefings.sqlite"))
    with testclient.TestClient(create_app(settings)) as client:
        answer = client.post("/api/briefings", files=files)
        assert answer.status_code == 201, answer.text
        created = answer.json()
        listed = client.get("/api/briefings").json()
    assert keys[: keys.index("briefing") + 1] == list(created)
    assert f'"schema_version": {created["briefing"]["schema_version"]}' in shown[2]
    assert answer.headers["location"] == created[shown[1]]
    assert "briefing" not in listed["briefings"][0]
    assert '`{"total": n, "briefings": [...]}`' in web and list(listed) == ["total", "briefings"]


def _table_fields(schema: str, heading: str) -> list[str]:
    section = schema.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", section, re.M)


def test_json_schema_tables_list_each_object_s_fields_in_the_order_written(tmp_path):
    """Each table of docs/json-schema.md names the fields of its object on raw validation
    21 (seven pages, one off the story), no more, no fewer, in the order the JSON has them."""
    cluster = tmp_path / "raw21.jsonl"
    cluster.write_text(json.dumps(read_clusters(RAW_VALIDATION, 22)[21]), encoding="utf-8")
    out = tmp_path / "briefing.json"
    result = CliRunner().invoke(app, ["brief", str(cluster), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    payload = json.loads(out.read_text(encoding="utf-8"))
    schema = _doc("docs/json-schema.md")
    written = {
        "Top level": payload,
        "Summary sentence": payload["summary"][0],
        "Sentence reference": payload["summary"][0]["sources"][0],
        "Source": payload["sources"][0],
        "Removal": next(s["removed"][0] for s in payload["sources"] if s["removed"]),
        "Analysis (`analysis`)": payload["analysis"],
    }
    for heading, value in written.items():
        assert _table_fields(schema, heading) == list(value), heading
