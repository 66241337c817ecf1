"""Every command's --help as a newcomer reads it: placeholders, not Python's types."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chorus.cli import app

runner = CliRunner()

COMMANDS = ["brief", "eval", "train", "batch", "export", "serve", "version"]


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help_names_no_python_type(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    # typer 0.29 showed "--help <bool>", "inputs... <list[str]>", "{inputs}...", "<str>".
    for python_type in ("<bool>", "<list[", "<str>", "<path>", "<int", "<float"):
        assert python_type not in result.stdout, (command, python_type)
    assert not re.search(r"\{\w+\}", result.stdout), command


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help_shows_no_path_of_this_machine(command):
    """`train --help` showed its default --out as the installed package's absolute path
    ("/work/main/src/chorus/data/scorer.npz"), cut at 80 columns: it names the model now."""
    import chorus

    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert str(Path(chorus.__file__).parent) not in result.stdout, command
    if command == ["train"]:
        assert "the shipped model, chorus/data/scorer.npz" in result.stdout


def test_help_usage_line_names_the_arguments_in_capitals():
    usages = {
        "brief": "[OPTIONS] INPUTS...",
        "eval": "[OPTIONS] DATASET",
        "train": "[OPTIONS] DATA",
        "batch": "[OPTIONS] INPUT",
        "export": "[OPTIONS] STORE",
    }
    for command, usage in usages.items():
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "120"})
        assert usage in result.stdout, command


def test_a_choice_refused_says_so_without_pydantic_words(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path / "run.sqlite"), "--format", "csv"])
    assert result.exit_code == 2
    message = result.output.strip()
    assert message.startswith("chorus: error: Invalid value for '--format'")
    assert "'csv' is not one of 'jsonl'" in message
    assert "Value error" not in message


def test_help_overrides_replace_methods_typer_still_calls():
    # cli.py's help classes override typer's methods by name: were a typer upgrade to rename
    # one, the override would do nothing, silently. Each must still replace a base method.
    from chorus.cli import _Argument, _Command, _Commands

    for override in (_Argument, _Command, _Commands):
        bases = override.__mro__[1:]
        for name, value in vars(override).items():
            if callable(value) and not name.startswith("__"):
                replaced = [base for base in bases if name in vars(base)]
                assert replaced, f"{override.__name__}.{name} overrides nothing in this typer"


def test_a_suggested_command_is_not_followed_by_a_semicolon():
    result = runner.invoke(app, ["breif", "../shared/seeds/"], prog_name="chorus")
    assert result.exit_code == 2
    # Before: "Did you mean 'brief'?; see chorus --help".
    assert result.output.strip().endswith("Did you mean 'brief'? (see chorus --help)")
