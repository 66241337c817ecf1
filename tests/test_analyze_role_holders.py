"""Whom "the <role>" stands for: the names after a role's title, found by the title's
pattern and one name pattern for every role, as the two as one pattern find them."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from chorus.analyze.role_holders import (
    _APPOSED_NAME,
    _HOLDER_NAME,
    _title_pattern,
    apposed_names,
    titled_names,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ROLES = (
    *("president", "senator", "governor", "general", "professor", "prime minister"),
    *("fire chief", "chief", "prosecutor", "district attorney", "mayor", "coach"),
    *("minister", "secretary", "spokesman", "sheriff", "director", "judge"),
)


def _articles(limit: int) -> list[str]:
    with gzip.open(DATA / "multinews-raw-validation.jsonl.gz", "rt", encoding="utf-8") as lines:
        first = [line for _, line in zip(range(limit), lines, strict=False)]
    return [article for line in first for article in json.loads(line)["documents"]]


def test_titled_names_are_the_matches_of_title_and_name_as_one_pattern() -> None:
    found, articles = 0, _articles(60)
    for role in ROLES:
        whole = re.compile(_title_pattern(role).pattern + _HOLDER_NAME.pattern)
        for text in articles:
            expected = [(match.start(), match["name"]) for match in whole.finditer(text)]
            assert list(titled_names(text, role)) == expected, (role, text[:80])
            found += len(expected)
    assert found > 100


def test_a_title_without_a_name_after_it_is_passed_over() -> None:
    text = "The president said so. Sen. Ted Cruz and the senator from Texas, Senator Warren."
    assert list(titled_names(text, "president")) == []
    cruz, warren = text.index("Sen. Ted"), text.index("Senator Warren")
    assert list(titled_names(text, "senator")) == [(cruz, "Ted Cruz"), (warren, "Warren")]


def test_apposed_names_are_the_matches_of_name_and_apposition_as_one_pattern() -> None:
    """As the pattern compiled for each role did, before the twenty-sixth speed pass."""
    found, articles = 0, _articles(250)
    for role in (*ROLES, "friend", "research scholar", "spokeswoman", "former president"):
        words = r"\s+".join(map(re.escape, role.split()))
        whole = re.compile(
            _APPOSED_NAME.pattern.removesuffix("(?=,)")
            + rf",\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}{words}\b"
        )
        for text in articles:
            expected = [(match.start(), match["name"]) for match in whole.finditer(text)]
            assert list(apposed_names(text, role)) == expected, (role, text[:80])
            found += len(expected)
    assert found > 30
