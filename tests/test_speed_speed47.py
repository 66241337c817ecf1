"""Summary speed, forty-seventh pass (speed47, stop 57): `same_fact.told_again` reads the
cosines to the rows kept before a row only once the row shares `SHARED` lone words with them
(`Told._shares_lone`); `surnames.in_full` reads a text only when it writes the surname, and
keeps its last answers; the per-row readings the summary makes again for each reading order
keep theirs (`read_again.READ_AGAIN`)."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from chorus import brief
from chorus.api import as_articles
from chorus.clean import clean
from chorus.language.words import word_places
from chorus.sentences import split
from chorus.summarize import surnames
from chorus.summarize.people_unmet import _one_unnamed
from chorus.summarize.posts_apart import in_post
from chorus.summarize.quoted_twice import quotations
from chorus.summarize.read_again import READ_AGAIN
from chorus.summarize.same_fact import EVENT_SCORE, SHARED, told_again
from chorus.summarize.same_opening import opening
from chorus.summarize.surname_introductions import _subject
from chorus.summarize.surnames import in_full, opening_surname
from tests.conftest import RAW_VALIDATION, read_clusters

# the module, not the function `chorus.summarize` exports under the same name
same_opening = importlib.import_module("chorus.summarize.same_opening")


class _CountedRows:
    """A cluster's vectors, noting each row read alone (`vectors[row]`)."""

    def __init__(self, vectors: np.ndarray) -> None:
        self.vectors = vectors
        self.read: list[int] = []

    def __getitem__(self, key):
        if isinstance(key, int | np.integer):
            self.read.append(int(key))
        return self.vectors[key]


def _told_again_calls(line: int, monkeypatch) -> list[tuple]:
    """The `told_again` calls `retold_openings` makes briefing raw cluster `line`, with
    their answers."""
    calls = []

    def kept(wording, vectors, rows, alike, floor=EVENT_SCORE):
        found = told_again(wording, vectors, rows, alike, floor)
        calls.append((wording, vectors, list(rows), alike, floor, found))
        return found

    monkeypatch.setattr(same_opening, "told_again", kept)
    cluster = read_clusters(RAW_VALIDATION, line + 1)[line]
    brief(cluster["documents"], words=250, analyze=False)
    return calls


def _lone_words(wording, row: int) -> set[int]:
    entries = slice(wording.terms.indptr[row], wording.terms.indptr[row + 1])
    return set(wording.terms.indices[entries][wording.single[entries]].tolist())


@pytest.mark.parametrize(("line", "marked"), [(42, 4), (78, 23)])
def test_told_again_reads_cosines_only_past_the_shared_lone_words(line, marked, monkeypatch):
    """Raw 42's lead brought along with Grunberg's manager's line (row 4) and 78's second
    telling of the 316-301 vote (row 23) still go as another outlet's fact; the cosines are
    read for exactly the rows sharing `SHARED` lone words with the rows kept before them,
    not for every row (the reading that cost most of `retold_openings`)."""
    calls = _told_again_calls(line, monkeypatch)
    wording, vectors, rows, alike, floor, found = next(c for c in calls if marked in c[5])
    counted = _CountedRows(vectors)
    assert told_again(wording, counted, rows, alike, floor) == found
    expected, kept_lone = [], set()
    for n, row in enumerate(rows):
        lone = _lone_words(wording, row)
        if n and len(lone & kept_lone) >= SHARED:
            expected.append(row)
        if row not in found:
            kept_lone |= lone
    assert counted.read == expected
    assert marked in expected and len(expected) < len(rows) - 1


def test_in_full_reads_as_without_its_gate_on_raw_articles():
    """Each sentence of the first 40 raw clusters' articles against the surnames opening its
    article's sentences (`opening_surname`, as the summary's rules ask): the same answer as
    the first-name search at every place the surname stands, read without the gate or the
    kept answers."""
    asked = named = 0
    for cluster in read_clusters(RAW_VALIDATION, 40):
        for document in cluster["documents"]:
            lines = [line for line in document.split("\n") if line.strip()]
            names = {name for line in lines if (name := opening_surname(line)) is not None}
            for line in lines:
                for name in names:
                    plain = any(
                        surnames.GIVEN_BEFORE.search(line, 0, at) for at in word_places(line, name)
                    )
                    assert in_full(line, name) == plain, (name, line)
                    asked += 1
                    named += plain
    # 14,536 asks, 156 named in full
    assert asked > 14_000 and named > 150


def test_in_full_on_a_text_not_writing_the_surname():
    assert not in_full("Mark Lane died on Tuesday.", "Laidre")
    assert in_full("..., notes Mark E. Laidre, a biologist", "Laidre")
    assert not in_full("Laidre observed the crabs.", "Laidre")  # no first name before it


@pytest.mark.parametrize("reading", [opening, quotations, _one_unnamed, _subject, opening_surname])
def test_kept_readings_answer_as_read_afresh_and_cannot_be_changed(reading):
    """Over raw 80's (users' posts) and 92's (Peinovich's surname subject) sentences: each
    kept reading answers as its function read afresh, with a value no caller can change, and
    keeps a cluster's shown rows (`READ_AGAIN`)."""
    assert reading.cache_parameters()["maxsize"] == READ_AGAIN
    for line in (80, 92):
        cluster = read_clusters(RAW_VALIDATION, line + 1)[line]
        for document in cluster["documents"]:
            for text in (t for t in document.split("\n") if t.strip()):
                answer = reading(text)
                assert answer == reading.__wrapped__(text)
                assert answer is None or isinstance(answer, str | tuple)
                assert reading(text) is answer


def test_in_post_kept_for_the_next_reading_order():
    """Raw 80 [2]'s forum post is still read as a post when asked again, from what was kept;
    another sentence is a sentence of its own (hashed by identity)."""
    cluster = read_clusters(RAW_VALIDATION, 81)[80]
    sentences = [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]
    posts = [s for s in sentences if in_post(s)]
    assert any("I opened Safari" in s.text for s in posts)
    assert all(in_post(s) for s in posts)
    assert in_post.cache_parameters()["maxsize"] == READ_AGAIN
    assert [in_post.__wrapped__(s) for s in sentences] == [in_post(s) for s in sentences]
