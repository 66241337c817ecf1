"""`chorus.brief` as docs/api.md describes it, and its JSON as docs/json-schema.md does."""

import dataclasses
import inspect
import re
from pathlib import Path

import numpy as np
import pytest

import chorus
from chorus.ingest import read_inputs
from chorus.model import Briefing, Skipped
from chorus.render import to_dict
from chorus.settings import MAX_ARTICLES
from tests.conftest import REPO, SEEDS

API_DOC = REPO / "docs" / "api.md"
SCHEMA_DOC = REPO / "docs" / "json-schema.md"
SPAN = {"article_id", "start", "end", "text"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"words": "100"}, "words must be a whole number of at least 1, not '100'"),
        ({"words": 1.5}, "words must be a whole number of at least 1, not 1.5"),
        ({"words": None}, "words must be a whole number of at least 1, not None"),
        ({"words": True}, "words must be a whole number of at least 1, not True"),
        ({"words": 0}, "words must be a whole number of at least 1, not 0"),
        ({"options": {"scorer": "heuristic"}}, "options must be a chorus.SummaryOptions, not dict"),
        # A string was one note per character.
        ({"notes": "read from the seeds"}, "notes must be a list of strings"),
        ({"skipped": ["seeds/README"]}, "skipped must be a list of chorus.model.Skipped"),
    ],
)
def test_api_refuses_an_argument_of_the_wrong_kind_in_one_line(seed_texts, arguments, message):
    with pytest.raises(chorus.ChorusError) as raised:
        chorus.brief(list(seed_texts.values()), analyze=False, **arguments)
    assert str(raised.value) == message


def test_api_names_the_kind_of_an_item_that_is_no_text(seed_texts):
    text = next(iter(seed_texts.values()))
    with pytest.raises(
        chorus.ChorusError,
        match=r"^item 2: expected an Article or a string, not bytes: decode each text first",
    ):
        chorus.brief([text, text.encode()])


@pytest.mark.parametrize(
    ("articles", "message"),
    [
        # Each byte was an item: "item 1: expected an Article or a string, not int".
        (lambda texts: texts[0].encode(), "not bytes: decode each text first"),
        # Its keys were the articles: the word "a" briefed as a one-word summary.
        (lambda texts: {"a": texts[0], "b": texts[1]}, "not a dict: brief(list(d.values()))"),
    ],
)
def test_api_refuses_bytes_or_a_dict_given_for_the_list(seed_texts, articles, message):
    given = articles(list(seed_texts.values()))
    with pytest.raises(chorus.ChorusError) as raised:
        chorus.brief(given, analyze=False)
    assert str(raised.value).startswith("expected a list of article texts or Articles, ")
    assert message in str(raised.value)


def test_api_refuses_an_analyze_that_is_no_bool(seed_texts):
    # "no", a non-empty string, ran the analysis it meant to leave off.
    with pytest.raises(chorus.ChorusError, match=r"^analyze must be True or False, not 'no'$"):
        chorus.brief(list(seed_texts.values()), analyze="no")
    briefing = chorus.brief(list(seed_texts.values()), analyze=np.bool_(False))
    assert briefing.analysis is None and briefing.summary


def test_api_takes_a_numpy_integer_as_the_budget_and_the_documented_extras(seed_texts):
    texts = list(seed_texts.values())
    plain = chorus.brief(texts, words=60, analyze=False)
    given = chorus.brief(
        texts,
        words=np.int64(60),
        analyze=False,
        notes=["read from the seeds"],
        skipped=[Skipped("seeds/README", "not an article")],
    )
    assert given.words == 60 and isinstance(given.words, int)
    assert [s.text for s in given.summary] == [s.text for s in plain.summary]
    assert given.notes[0] == "read from the seeds"
    assert given.skipped == (Skipped("seeds/README", "not an article"),)


def test_api_doc_names_every_parameter_and_every_field_of_the_briefing():
    text = API_DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"`(\w+)", text))
    parameters = set(inspect.signature(chorus.brief).parameters)
    fields = {f.name for f in dataclasses.fields(Briefing)}
    methods = {name for name, _ in inspect.getmembers(Briefing, inspect.isfunction)}
    public = {name for name in parameters | fields | methods if not name.startswith("_")}
    assert public - named == set()


def test_api_doc_example_runs_on_the_seeds(monkeypatch, capsys):
    # Its paths are relative to the repository, as README's commands are.
    monkeypatch.chdir(REPO)
    example = re.findall(r"```python\n(.*?)```", API_DOC.read_text(encoding="utf-8"), re.S)[0]
    scope: dict = {}
    exec(example, scope)
    printed = capsys.readouterr().out.splitlines()
    assert printed and all(re.search(r" \[\d+(, \d+)*\]$", line) for line in printed)
    assert scope["payload"]["sources"][0]["origin"].startswith("seeds/")


def _documented_fields() -> dict[str, set[str]]:
    """The field names of each table of docs/json-schema.md, by its heading."""
    tables = {}
    for part in SCHEMA_DOC.read_text(encoding="utf-8").split("\n## ")[1:]:
        heading = part.splitlines()[0]
        tables[heading] = set(re.findall(r"^\| `(\w+)` \|", part, flags=re.M))
    return tables


def _spans(value, found: list[dict]) -> list[dict]:
    if isinstance(value, dict):
        if value.keys() >= SPAN:
            found.append(value)
        for item in value.values():
            _spans(item, found)
    elif isinstance(value, list):
        for item in value:
            _spans(item, found)
    return found


def test_api_json_of_the_seed_files_holds_the_documented_fields_and_exact_spans():
    ingested = read_inputs([str(SEEDS)])
    payload = to_dict(chorus.brief(ingested.articles, words=150))
    tables = _documented_fields()
    assert set(payload) == tables["Top level"]
    for source in payload["sources"]:
        assert set(source) == tables["Source"]
        for removal in source["removed"]:
            assert set(removal) == tables["Removal"]
    for sentence in payload["summary"]:
        assert set(sentence) == tables["Summary sentence"]
        assert sentence["text"] == sentence["sources"][0]["text"]
        for reference in sentence["sources"]:
            assert set(reference) == tables["Sentence reference"]
    assert set(payload["analysis"]) == tables["Analysis (`analysis`)"]
    assert payload["word_count"] == sum(len(s["text"].split()) for s in payload["summary"]) <= 150

    # The files themselves, as a reader of the JSON would open them: origin is "seeds/<file>".
    texts = {
        source["article_id"]: (SEEDS.parent / source["origin"]).read_text(encoding="utf-8")
        for source in payload["sources"]
    }
    spans = _spans(payload, []) + [
        r | {"article_id": s["article_id"]} for s in payload["sources"] for r in s["removed"]
    ]
    assert len(spans) > 100
    assert [s for s in spans if texts[s["article_id"]][s["start"] : s["end"]] != s["text"]] == []


def test_api_refuses_a_path_given_as_an_article(tmp_path, seeds_dir, seed_texts):
    """`chorus.brief(["story.txt"])` briefed the name as the article's one sentence."""
    seed = sorted(seeds_dir.iterdir())[0]
    folder_with_space = tmp_path / "my articles"
    folder_with_space.mkdir()
    text = next(iter(seed_texts.values()))
    for given in (str(seed), seed, "missing/story.txt", str(folder_with_space)):
        with pytest.raises(chorus.ChorusError) as raised:
            chorus.brief([text, given], analyze=False)
        assert str(raised.value) == (
            f"item 2: {str(given)!r} is a path, not an article's text: read files with "
            "chorus.ingest.read_inputs([...]) and brief its .articles (docs/api.md)"
        )
    with pytest.raises(chorus.ChorusError, match=r"^'missing/story\.txt' is a path, not an"):
        chorus.brief("missing/story.txt")  # was "not one string: brief([text]) ..."
    link = "https://www.reuters.com/article/us-syria-crisis-france-russia"
    with pytest.raises(chorus.ChorusError, match=r"^item 1: '.+' is a web address, not an"):
        chorus.brief([link], analyze=False)  # was "empty after cleaning (removed as link)"
    # What the message says to do briefs the file; a one-line article is still an article.
    assert chorus.brief(read_inputs([seed]).articles, analyze=False).summary
    line = text.split("\n")[0]
    assert chorus.brief([line], analyze=False).summary[0].text == line


def test_api_takes_no_more_articles_than_the_command(seed_texts):
    """`chorus brief` stopped at 1,000 articles; `chorus.brief` took any number."""
    text = next(iter(seed_texts.values()))
    many = [f"{text}\n\n({n})" for n in range(MAX_ARTICLES + 1)]
    with pytest.raises(chorus.ChorusError) as raised:
        chorus.brief(many, analyze=False)
    assert str(raised.value) == "1,001 articles given; a briefing takes at most 1,000"


def test_read_inputs_takes_a_list_of_paths_or_paths(seeds_dir):
    # A string was read letter by letter ("s: no such file"); a missing `Path` was an
    # AttributeError.
    with pytest.raises(chorus.ChorusError, match=r"^expected a list of paths, not one path"):
        read_inputs(str(seeds_dir))
    with pytest.raises(chorus.ChorusError, match=r"^missing\.txt: no such file"):
        read_inputs([Path("missing.txt")])
    assert len(read_inputs([seeds_dir]).articles) == 3


def test_api_names_what_read_inputs_returns_when_passed_whole(seeds_dir):
    # Before: TypeError "'Ingested' object is not iterable", a traceback to a newcomer.
    ingested = read_inputs([seeds_dir])
    with pytest.raises(chorus.ChorusError) as raised:
        chorus.brief(ingested, analyze=False)
    assert str(raised.value) == (
        "expected a list of article texts or Articles, not what read_inputs returns: "
        "brief(ingested.articles, skipped=ingested.skipped, notes=ingested.notes)"
    )
    with pytest.raises(chorus.ChorusError, match=r"^expected a list .+, not int$"):
        chorus.brief(5)
