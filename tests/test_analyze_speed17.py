"""The seventeenth speed pass's shortcuts give what the plain forms gave, on the raw
validation clusters' sentences: `agreement_apart` rules a sentence out by a word every
match of its pattern holds ("that", "obtained", "day") before searching it, and
`agreement_measures._units` a sentence naming no unit word before reading its figures."""

from __future__ import annotations

from itertools import pairwise

import pytest

from chorus.analyze import agreement_apart, agreement_measures
from chorus.analyze.agreement_apart import _DENIED, _OBTAINED
from chorus.api import as_articles
from chorus.clean import clean
from chorus.language.days import weekdays
from chorus.language.numbers import figures
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [
        s.text
        for cluster in read_clusters(RAW_VALIDATION, 250)
        for article in as_articles(cluster["documents"])
        for s in split(clean(article))
    ]


def _plain_holders(text: str) -> set[frozenset[str]]:
    return {
        frozenset(w.strip("'’").lower() for w in found.split()) - {"the"}
        for found in _OBTAINED.findall(text)
    }


def test_sentences_read_as_by_the_plain_searches(texts: list[str]) -> None:
    denied = [t for t in texts if _DENIED.search(t) is not None]
    assert [t for t in texts if agreement_apart.denies(t)] == denied
    assert [agreement_apart._holders(t) for t in texts] == [_plain_holders(t) for t in texts]
    held = [agreement_apart._held_day(t) for t in texts]
    assert [agreement_apart._held_on(t) for t in texts] == held
    # each shortcut is tried on sentences its search finds something in
    holders = sum(bool(_plain_holders(t)) for t in texts)
    assert denied and holders > 5 and sum(day is not None for day in held) > 20


def test_told_apart_as_by_each_test_in_turn(texts: list[str]) -> None:
    def plain(a: str, b: str) -> bool:
        held_a, held_b = agreement_apart._held_day(a), agreement_apart._held_day(b)
        ours, theirs = _plain_holders(a), _plain_holders(b)
        return (
            _DENIED.search(a) is not None
            or _DENIED.search(b) is not None
            or (bool(ours and theirs) and not any(x & y for x in ours for y in theirs))
            or (held_a is not None and held_b is not None and held_a != held_b)
            or agreement_apart.calls_for(a) != agreement_apart.calls_for(b)
        )

    # sentences naming a weekday or a holder, each against the next such: the pairs the
    # shortcuts could get wrong
    dated = [t for t in texts if weekdays(t) or _plain_holders(t) or "that" in t]
    pairs = list(pairwise(dated))
    expected = [plain(a, b) for a, b in pairs]
    assert [agreement_apart.told_apart(a, b) for a, b in pairs] == expected
    assert sum(expected) > 5


def test_units_as_read_from_every_figure(texts: list[str]) -> None:
    def plain(text: str) -> dict[tuple[float, float], set[str]]:
        found: dict[tuple[float, float], set[str]] = {}
        for figure in figures(text):
            after = agreement_measures._AFTER.match(text, figure.end)
            if after and (unit := agreement_measures._UNITS.get(after.group(1).lower())):
                found.setdefault((figure.low, figure.high), set()).add(unit)
        return found

    expected = [plain(t) for t in texts]
    assert [dict(agreement_measures._units(t)) for t in texts] == expected
    assert sum(map(bool, expected)) > 100
