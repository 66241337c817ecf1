"""The docs against the code, stop 35: what a module is there for, which fields each
analysis item has, what `chorus brief` prints on the seeds and what the web app answers
are read in the docs and checked against the code (docs/journal/interface.md, "The docs
against the code (stop 35)")."""

import gzip
import html
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chorus import brief
from chorus.cli import app
from chorus.ingest import read_inputs
from chorus.render import to_dict
from tests.conftest import REPO, SEEDS


def _doc(path: str) -> str:
    return (REPO / path).read_text(encoding="utf-8")


def _flat(text: str) -> str:
    return " ".join(text.split())


# A pipeline stage's lines ("   │  analyze/run.py ...") or a package's ("serve/ ...").
STAGE = re.compile(r"^(?:   │  )?(\w+)/(?:[\w.*]+)? +\S")
CONTINUED = re.compile(r"^(?:   │)? {8,}\S")


def _package_lines(architecture: str) -> tuple[dict[str, str], set[str]]:
    """Each package's lines in architecture.md, and the packages drawn as pipeline stages
    (whose modules are named by file, `quote_hits.py`, among prose that uses their stems
    as words: "a name a possessive joined to another")."""
    lines: dict[str, str] = defaultdict(str)
    stages: set[str] = set()
    current = None
    for line in architecture.splitlines():
        if match := STAGE.match(line):
            current = match[1]
            if line.startswith("   │"):
                stages.add(current)
        elif not CONTINUED.match(line):
            current = None
        if current:
            lines[current] += line + "\n"
    return lines, stages


def _named(module: Path, architecture: str, lines: dict[str, str], stages: set[str]) -> bool:
    stem, package = module.stem, module.parent.as_posix()
    by_file = rf"(?<![\w/]){stem}\.py"
    if package == ".":
        return re.search(rf"{by_file}|chorus/{stem}\.py", architecture) is not None
    if f"{package}/{stem}.py" in architecture:
        return True
    here = lines.get(package, "")
    return re.search(by_file if package in stages else rf"\b{stem}\b", here) is not None


def test_architecture_names_each_module_by_its_file_or_on_its_package_s_line():
    """test_docs' check took any word: ingest/uploads.py passed on "uploads → articles" in
    the serve line, analyze/joined.py on "joined to another", serve/web.py on "the web
    app's threads"."""
    architecture = _doc("docs/architecture.md")
    lines, stages = _package_lines(architecture)
    assert {"ingest", "analyze", "summarize", "render"} <= stages
    assert {"evaluate", "training", "serve", "batch", "language"} <= set(lines) - stages
    root = REPO / "src" / "chorus"
    modules = [p.relative_to(root) for p in sorted(root.rglob("*.py")) if p.stem != "__init__"]
    assert len(modules) > 200
    unnamed = [str(m) for m in modules if not _named(m, architecture, lines, stages)]
    assert unnamed == []


ITEMS = {  # an analysis section → the word json-schema.md opens its item's paragraph with
    "agreed": "Fact",
    "unique": "Fact",
    "conflicts": "Conflict",
    "quotes": "Quote",
    "timeline": "Timeline entry",
    "entities": "Entity",
    "relevance": "Relevance",
}


def _item_docs(schema: str) -> dict[str, set[str]]:
    """The names in backticks of each item's paragraph and of its section's table row."""
    flat = _flat(schema.split("## Analysis")[1])
    labels = sorted(
        {label: flat.index(f" {label}: ") for label in ITEMS.values()}.items(),
        key=lambda item: item[1],
    )
    names = {}
    for (label, start), (_, end) in zip(labels, [*labels[1:], ("", len(flat))], strict=True):
        names[label] = set(re.findall(r"\w+", " ".join(re.findall(r"`([^`]+)`", flat[start:end]))))
    for section, label in ITEMS.items():
        row = re.search(rf"\| `{section}` \|([^|]*\|[^|]*)\|", flat)
        assert row, section
        names[label] |= set(re.findall(r"\w+", " ".join(re.findall(r"`([^`]+)`", row[1]))))
    return names


def test_json_schema_gives_each_analysis_item_every_field_the_code_writes():
    """The schema test took a field documented anywhere: a timeline entry's `context` was
    documented only as a unique fact's."""
    ingested = read_inputs([str(SEEDS)])
    analysis = to_dict(brief(ingested.articles, notes=ingested.notes))["analysis"]
    documented = _item_docs(_doc("docs/json-schema.md"))
    checked = 0
    for section, label in ITEMS.items():
        assert analysis[section], section  # the seeds give every kind of item
        for item in analysis[section]:
            # a span's own fields are documented once, above; a conflict's sides are not spans
            parts = [v for v in item.values() if isinstance(v, dict) and "start" not in v]
            keys = set(item) | {key for part in parts for key in part}
            assert keys - documented[label] == set(), (section, label)
            checked += 1
    assert checked >= 20


def test_cli_doc_shows_what_brief_prints_on_the_seeds(tmp_path):
    """docs/cli.md quotes the seeds' briefing: the `wrote` line and the line under Summary."""
    cli = _doc("docs/cli.md")
    runner = CliRunner()
    out = tmp_path / "briefing.json"
    wrote = runner.invoke(app, ["brief", str(SEEDS), "-w", "150", "-f", "json", "-o", str(out)])
    shown = re.search(r"prints: wrote briefing\.json (\(\d+ words, \d+ sentences\))", cli)
    assert shown and wrote.exit_code == 0, wrote.output
    # the last line, after the notes; rich may wrap it: compared without white space
    said = "".join(wrote.stderr.split())
    assert said.endswith("".join(f"wrote {out} {shown[1]}".split()))
    markdown = runner.invoke(app, ["brief", str(SEEDS)]).stdout
    about = re.search(r"`(A chorus briefing: [^`]+)` \(the seeds;", _flat(cli))
    assert about and f"_{about[1]}. Each summary sentence" in markdown


SEED_FILES = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(SEEDS.iterdir())]
SEED_TEXT = SEED_FILES[0][1][1].decode("utf-8")
LIMITED = {"max_upload_bytes": 20_000, "max_files": 2}
API = "/api/briefings"


def _json(client, body: str):
    return client.post(API, content=body, headers={"Content-Type": "application/json"})


def _upload(name: str, data: bytes):
    return [("files", (name, data, "application/octet-stream"))]


# docs/web.md's error table, row by row: the requests its first cell describes, one for
# each message its last cell shows (a row not here is not checked; a row here must be there).
REQUESTS = {
    "empty form or body": ({}, [lambda c: c.post(API, data={})]),
    "only binary (or otherwise unreadable) files": (
        {},
        [
            lambda c: c.post(API, files=_upload("data.bin", bytes(range(256)) * 40)),
            lambda c: c.post(API, files=_upload("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(99))),
        ],
    ),
    "only PDF, Word, OpenDocument or RTF files": (
        {},
        [lambda c: c.post(API, files=_upload("story.pdf", b"%PDF-1.7\n1 0 obj"))],
    ),
    "body over `--max-upload-mb`": (LIMITED, [lambda c: c.post(API, files=SEED_FILES * 3)]),
    "more files than `--max-files`": (LIMITED, [lambda c: c.post(API, files=SEED_FILES)]),
    "more JSON articles or URLs than `--max-files`, or more articles inside the uploaded "
    "files (a `.jsonl` of records)": (
        LIMITED,
        [lambda c: _json(c, json.dumps({"articles": [{"text": SEED_TEXT}] * 3}))],
    ),
    "a `.gz` upload over the limit once decompressed": (
        LIMITED,
        [lambda c: c.post(API, files=_upload("a.txt.gz", gzip.compress(SEED_TEXT.encode() * 20)))],
    ),
    "malformed JSON": ({}, [lambda c: _json(c, '{"articles": [')]),
    "JSON of the wrong shape": ({}, [lambda c: _json(c, '{"articles": [{"title": "x"}]}')]),
    "`words` out of range, or not a number, in a form": (
        {},
        [lambda c: c.post(API, data={"text": SEED_TEXT, "words": "0"})],
    ),
    '`words` in a JSON body: over 2000 / below 1 or not a whole number (`"150"`, `true`, `1.5`)': (
        {},
        [
            lambda c: _json(c, json.dumps({"articles": [{"text": SEED_TEXT}], "words": 2001})),
            lambda c: _json(c, json.dumps({"articles": [{"text": SEED_TEXT}], "words": "150"})),
        ],
    ),
    "a `date` that is no calendar date": (
        {},
        [lambda c: c.post(API, data={"text": SEED_TEXT, "date": "2018-13-01"})],
    ),
    "a `date` before year 1000 or after 9000": (
        {},
        [lambda c: c.post(API, data={"text": SEED_TEXT, "date": "0001-01-01"})],
    ),
    "pasted text that is only a link": (
        {},
        [lambda c: c.post(API, data={"text": "https://www.reuters.com/article/syria"})],
    ),
    "a file sent as `urls`, `words` or `date` (`curl -F urls=@links.txt`)": (
        {},
        [lambda c: c.post(API, files=[("urls", ("links.txt", b"https://a.example/x\n"))])],
    ),
    "URLs while fetching is off": (
        {},
        [lambda c: c.post(API, data={"urls": "https://www.reuters.com/article/syria"})],
    ),
    "another content type": (
        {},
        [lambda c: c.post(API, content=SEED_TEXT, headers={"Content-Type": "text/plain"})],
    ),
    "unknown briefing id": ({}, [lambda c: c.get(f"{API}/3f2a")]),
    "an address with no page (`/docs`, `/api`)": ({}, [lambda c: c.get("/docs")]),
    "a method an address does not take (articles posted to `/`)": (
        {},
        [lambda c: c.post("/", data={"text": SEED_TEXT})],
    ),
}


def _error_rows(web: str) -> dict[str, tuple[list[int], list[str]]]:
    table = web.split("| request | status | message (start) |")[1].split("\n\n")[0]
    rows = {}
    for request, status, message in re.findall(r"^\| (.+?) \| ([\d /]+) \| (.+) \|$", table, re.M):
        rows[request] = ([int(s) for s in status.split(" / ")], re.findall(r"`([^`]+)`", message))
    return rows


def _says(answer: str, message: str) -> bool:
    """Whether the answer holds the message's pieces between its "...", in order."""
    at = 0
    for piece in filter(None, (p.strip() for p in message.split("..."))):
        at = answer.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


def test_web_doc_error_table_is_what_the_app_answers(tmp_path):
    testclient = pytest.importorskip("fastapi.testclient")  # the `web` extra

    from chorus.serve.app import create_app
    from chorus.serve.settings import ServeSettings

    rows = _error_rows(_doc("docs/web.md"))
    assert set(REQUESTS) <= set(rows)
    checked = 0
    for number, (row, (limits, requests)) in enumerate(REQUESTS.items()):
        statuses, messages = rows[row]
        assert len(messages) == len(requests), row
        settings = ServeSettings(db=str(tmp_path / f"{number}.sqlite"), **limits)
        with testclient.TestClient(create_app(settings)) as client:
            for n, (request, message) in enumerate(zip(requests, messages, strict=True)):
                response = request(client)
                assert response.status_code == statuses[min(n, len(statuses) - 1)], row
                assert _says(html.unescape(response.text), message), (row, response.text[:300])
                checked += 1
    assert checked >= 20


def test_json_schema_names_every_outlet_source_and_every_whole_page_reason():
    """`outlet_from`'s values and the reasons a whole page goes are the code's lists: the
    schema named five whole-page reasons when cleaning had six (`membership page`)."""
    from chorus.clean_pages import PAGE_NOTICES
    from chorus.render import sources

    rows: dict[str, set[str]] = defaultdict(set)
    schema = _doc("docs/json-schema.md")
    for field, meaning in re.findall(r"^\| `(\w+)` \| [^|]+ \| (.+) \|$", schema, re.M):
        rows[field] |= set(re.findall(r"`([^`]+)`", meaning))
    kinds = {value for name, value in vars(sources).items() if name.startswith("FROM_")}
    assert "file name" in kinds  # the constants were found
    assert kinds <= rows["outlet_from"]
    assert {reason for reason, _ in PAGE_NOTICES} <= rows["reason"]
