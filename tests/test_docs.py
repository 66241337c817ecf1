"""The docs are tested against the code: every JSON field and CLI command is documented."""

import json
import re
import shlex
import socket
import threading
from pathlib import Path

from typer.core import TyperCommand, TyperOption
from typer.main import get_command
from typer.testing import CliRunner

from chorus.cli import UsageError, app
from chorus.ingest import make_article
from chorus.render import to_dict
from tests.conftest import REPO, SEEDS


def _field_names(value, names: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            names.add(key)
            _field_names(item, names)
    elif isinstance(value, list):
        for item in value:
            _field_names(item, names)
    return names


def test_docs_json_schema_documents_every_field(seed_texts):
    from chorus import brief

    articles = [make_article(t, n, origin=n) for n, t in seed_texts.items()]
    payload = to_dict(brief(articles, words=120))
    documented = set(re.findall(r"`(\w+)`", (REPO / "docs" / "json-schema.md").read_text()))
    assert _field_names(payload, set()) - documented == set()


def test_docs_json_schema_states_the_version_the_code_writes(seed_texts):
    from chorus import brief

    articles = [make_article(t, n, origin=n) for n, t in seed_texts.items()]
    version = to_dict(brief(articles, words=60))["schema_version"]
    schema = (REPO / "docs" / "json-schema.md").read_text()
    assert f"`schema_version` {version} " in schema
    assert f"| version of this layout ({version}) |" in schema


def test_docs_readme_opens_with_the_two_setup_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:bash|sh)?\n(.*?)```", readme, flags=re.S)
    assert "chorus brief ../shared/seeds/" in blocks[0]
    assert "pip install" in blocks[0]
    test_command = blocks[1].strip()
    assert "pytest" in test_command
    assert test_command.splitlines()[-1] in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_docs_readme_names_every_cli_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["--help"])
    commands = re.findall(r"^│ (\w+)\s", result.stdout, flags=re.M)
    assert commands
    for command in commands:
        assert f"chorus {command}" in readme, command


def test_docs_architecture_names_every_module():
    """A reader finds every module's room in docs/architecture.md by its name."""
    architecture = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    modules = sorted((REPO / "src" / "chorus").rglob("*.py"))
    assert len(modules) > 50
    unnamed = [
        str(module.relative_to(REPO))
        for module in modules
        if module.stem != "__init__" and not re.search(rf"\b{module.stem}\b", architecture)
    ]
    assert unnamed == []


# Where each command is documented; a new command fails the first test until it is.
COMMAND_DOCS = {
    "brief": "docs/cli.md",
    "train": "docs/cli.md",
    "version": "docs/cli.md",
    "eval": "docs/eval.md",
    "batch": "docs/batch.md",
    "export": "docs/batch.md",
    "serve": "docs/web.md",
}
OPTION_ROW = re.compile(r"^\| `(--[\w-]+)`[^|]*\| ([^|]+?) \|", flags=re.M)
UNSET_DEFAULTS = {"none", "all"}


def _commands() -> dict[str, TyperCommand]:
    return get_command(app).commands


def _options(command: TyperCommand) -> dict[str, TyperOption]:
    """Every spelling of every option (`--words`, `-w`, `--no-analysis`) to its parameter."""
    return {
        name: param
        for param in command.params
        if param.param_type_name == "option"
        for name in (*param.opts, *param.secondary_opts)
    }


def _doc(path: str) -> str:
    return (REPO / path).read_text(encoding="utf-8")


def _option_tables(text: str) -> list[list[tuple[str, str]]]:
    """(first option, default cell) per row of every `| option | default | meaning |` table."""
    tables = text.split("| option | default | meaning |")[1:]
    return [OPTION_ROW.findall(table.split("\n\n")[0]) for table in tables]


def _default_is_documented(param: TyperOption, cell: str) -> bool:
    cell = cell.strip("`")
    default = param.default
    if param.required:
        return cell == "(required)"
    if isinstance(default, bool):
        return cell == ("on" if default else "off")
    if default is None:  # a word for "not set", or a sentence on what happens instead
        return cell in UNSET_DEFAULTS or " " in cell
    if isinstance(default, int | float):
        return re.fullmatch(r"[\d.]+", cell) is not None and float(cell) == default
    if isinstance(default, Path):
        return default.as_posix().endswith(cell)
    return cell == str(getattr(default, "value", default))


def test_docs_name_a_documentation_file_for_every_command():
    assert set(_commands()) == set(COMMAND_DOCS)


def test_docs_document_every_option_of_every_command():
    for name, command in _commands().items():
        text = _doc(COMMAND_DOCS[name])
        for option in _options(command):
            assert f"`{option}`" in text, f"chorus {name} {option} is not in {COMMAND_DOCS[name]}"


def test_docs_option_tables_name_real_options_and_the_code_defaults():
    rows_checked = 0
    for path in sorted(set(COMMAND_DOCS.values())):
        documented_here = [c for n, c in _commands().items() if COMMAND_DOCS[n] == path]
        for table in _option_tables(_doc(path)):
            owners = [c for c in documented_here if {o for o, _ in table} <= set(_options(c))]
            assert len(owners) == 1, f"{path}: a table whose options are no one command's: {table}"
            options = _options(owners[0])
            for option, cell in table:
                assert _default_is_documented(options[option], cell), (path, option, cell)
                rows_checked += 1
    assert rows_checked >= 30


def _command_lines(text: str) -> list[tuple[list[str], bool]]:
    """Every `chorus ...` command in the fenced code blocks, as arguments after `chorus`, and
    whether the block shows it answered with a usage error (`chorus: error: ... --help`)."""
    lines = []
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S):
        block_lines = block.splitlines()
        for line, after in zip(block_lines, [*block_lines[1:], ""], strict=True):
            usage_error = after.startswith("chorus: error:") and after.endswith("--help")
            for piece in re.split(r"\||&&", line.removeprefix("$ ")):
                if not re.match(r"\s*chorus\s", piece):  # also skips output, `chorus: error:`
                    continue
                words = shlex.split(piece, comments=True)
                redirect = next((i for i, w in enumerate(words) if w.startswith(">")), None)
                lines.append((words[1:redirect], usage_error))
    return lines


def _parses(arguments: list[str]) -> bool:
    """Whether typer accepts the command line (names, values, ranges, choices), run or not."""
    command = _commands().get(arguments[0]) if arguments else None
    if command is None:
        return False
    try:
        command.make_context(arguments[0], arguments[1:])
    except UsageError:
        return False
    return True


def test_docs_command_lines_parser_rejects_what_typer_rejects():
    assert _parses(["brief", "a.txt", "--words", "3"])
    for wrong in (["brief", "a.txt", "--wrods", "3"], ["brief", "a.txt", "--format", "pdf"]):
        assert not _parses(wrong)
    assert not _parses(["summarize", "a.txt"])
    assert not _parses(["eval", "data.jsonl", "--limit", "0"])


def test_docs_every_chorus_command_line_in_the_docs_parses_unless_shown_refused():
    docs = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    checked = 0
    for path in docs:
        if path.name == "decisions.md":  # a log: its commands are as they were then
            continue
        for arguments, usage_error in _command_lines(path.read_text(encoding="utf-8")):
            shown = f"{path.name}: chorus {shlex.join(arguments)}"
            assert _parses(arguments) is not usage_error, shown
            checked += 1
    assert checked >= 30


def _cluster_file(tmp_path: Path, seed_texts: dict[str, str]) -> Path:
    path = tmp_path / "cluster.jsonl"
    reference = "Macron and Putin spoke by phone about Syria."  # written here, for eval and train
    record = {"id": "seeds", "documents": list(seed_texts.values()), "summary": reference}
    path.write_text(json.dumps(record) + "\n")
    return path


def _bad_inputs(tmp_path: Path, cluster: Path) -> list[list[str]]:
    """Command lines a user gets wrong: every one must end in one `chorus: error:` line."""
    not_gzip = tmp_path / "clusters.jsonl.gz"
    not_gzip.write_bytes(b"plain text, not gzip\n")
    not_json = tmp_path / "notes.jsonl"
    not_json.write_text("a note, not a cluster\n")
    store = str(tmp_path / "run.sqlite")
    return [
        ["brief", str(SEEDS), "--words", "0"],
        ["brief", str(SEEDS), "--format", "pdf"],
        ["brief", str(tmp_path / "missing.txt")],
        ["brief", str(SEEDS), "--date", "2018-13-01"],
        ["brief", str(SEEDS), "--wrods", "3"],
        ["brief"],
        ["summarize", str(SEEDS)],
        ["eval", str(tmp_path / "missing.jsonl")],
        ["eval", str(not_gzip), "--systems", "lead"],
        ["eval", str(cluster), "--words", "0"],
        ["eval", str(cluster), "--format", "pdf"],
        ["eval", str(cluster), "--systems", "summarizer"],
        ["eval", str(cluster), "--systems", "lead", "--out", str(tmp_path)],
        ["eval", str(cluster), "--systems", "lead", "--per-cluster", str(not_json / "rows.csv")],
        ["batch", str(not_gzip), "--out", store],
        ["batch", str(cluster), "--out", store, "--workers", "0"],
        ["batch", str(cluster)],
        ["batch", str(SEEDS / "000_e70a219f8e194b37.txt"), "--out", store],
        ["export", str(not_json)],
        ["export", str(tmp_path)],
        ["export", str(tmp_path / "missing.sqlite"), "--format", "csv"],
        ["train", str(not_gzip), "--out", str(tmp_path / "m.npz")],
        ["train", str(not_json), "--out", str(tmp_path / "m.npz")],
        ["train", str(tmp_path), "--out", str(tmp_path / "m.npz")],
        ["train", str(cluster), "--labels", "votes"],
        ["train", str(cluster), "--out", str(tmp_path)],
        ["serve", "--words", "0", "--db", str(tmp_path / "serve.sqlite")],
        ["serve", "--db", str(not_json / "serve.sqlite")],
    ]


def _one_line_error(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code in (1, 2) and "Traceback" not in result.output, result.output
    # A progress bar may come before it (train); nothing comes after, not even a wrapped tail.
    errors = [line for line in lines if line.startswith("chorus: error: ")]
    assert errors == lines[-1:], result.output
    return lines[-1]


def test_docs_promise_holds_bad_input_at_the_command_line_is_one_error_line(tmp_path, seed_texts):
    cluster = _cluster_file(tmp_path, seed_texts)
    runner = CliRunner()
    for arguments in _bad_inputs(tmp_path, cluster):
        result = runner.invoke(app, arguments)
        line = _one_line_error(result)
        assert "R-1" not in result.output, "refused only after the evaluation ran"
        if not _parses(arguments):  # a usage error says where to read more
            assert re.search(r"; see [\w -]+ --help$", line), line


def _answer_as_a_web_server(server: socket.socket) -> None:
    while True:
        try:
            connection, _ = server.accept()
        except OSError:  # the test closed the socket
            return
        with connection:
            connection.recv(1024)
            connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")


def test_docs_a_scheduler_address_where_another_server_answers_is_one_error_line(
    tmp_path, seed_texts
):
    """Dask reads the web server's text as a frame length and asks for exabytes."""
    cluster = _cluster_file(tmp_path, seed_texts)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        threading.Thread(target=_answer_as_a_web_server, args=(server,), daemon=True).start()
        address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
        arguments = ["batch", str(cluster), "--out", str(tmp_path / "run.sqlite")]
        result = CliRunner().invoke(app, [*arguments, "--engine", "dask", "--scheduler", address])
    assert f"no Dask scheduler answers at {address}" in _one_line_error(result)


def test_docs_eval_systems_table_is_the_code_s_systems():
    """docs/eval.md's table of systems names every system `--systems` takes, and no other."""
    from chorus.evaluate.systems import CHORUS_CONFIGURATIONS, DEFAULT_SYSTEMS, EXTERNAL, resolve

    text = _doc("docs/eval.md").split("## Systems")[1].split("\n\n")[1]
    rows = re.findall(r"^\| (`.+?`) \| (.+) \|$", text, flags=re.M)
    names = {name for cell, _ in rows for name in re.findall(r"`([^`]+)`", cell)} - {"name"}
    assert names == {*DEFAULT_SYSTEMS, "lexrank-pysbd", EXTERNAL, "chorus:<name>"}
    configurations = dict(rows)["`chorus:<name>`"]
    assert set(re.findall(r"`([\w-]+)`", configurations)) >= set(CHORUS_CONFIGURATIONS)
    runnable = sorted(names - {EXTERNAL, "chorus:<name>"}) + [
        f"chorus:{c}" for c in CHORUS_CONFIGURATIONS
    ]
    assert [system.name for system in resolve(runnable, None, 1.0)] == runnable
