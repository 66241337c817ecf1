"""The docs are tested against the code: every JSON field and CLI command is documented."""

import re

from typer.testing import CliRunner

from chorus.cli import app
from chorus.ingest import make_article
from chorus.render import to_dict
from tests.conftest import REPO


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
