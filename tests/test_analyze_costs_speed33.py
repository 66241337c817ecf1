"""The thirty-third speed pass's shortcut gives what the reading it stands for gave, on real
text: two timeline lines are compared by their runs of words (timeline_reprinted) only when
they share three words in a row, and each line's runs are built by `zip`; the runs and the
answers are those of the step-at-a-time reading before the pass, for real sentences and for
copies with a word put in, taken out or replaced (which share a run only around it), and
pairs sharing nine words only in three pieces of three."""

from __future__ import annotations

import re

from chorus.analyze import timeline_reprinted
from chorus.analyze.timeline_reprinted import RUN
from chorus.api import as_articles

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


def _runs_step_by_step(line: str) -> frozenset[tuple[str, ...]]:
    """The reading before the pass, tuple by tuple."""
    words = [timeline_reprinted._FIGURES.get(w, w) for w in line.split()]
    runs = {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}
    for i in range(len(words) - RUN):
        run = words[i : i + RUN + 1]
        runs.update((*run[:k], "", *run[k + 1 :]) for k in range(1, RUN))
    longer = RUN + 2
    runs.update(tuple(words[i : i + longer]) for i in range(len(words) - longer + 1))
    for i in range(len(words) - longer):
        run = words[i : i + longer + 1]
        runs.update((*run[:k], *run[k + 1 :]) for k in range(1, longer))
    return frozenset(runs)


def _lines(validation_clusters: list[dict]) -> list[str]:
    """Each sentence-like piece of 20 raw clusters' articles, as `_words` reads a line."""
    lines = []
    for cluster in validation_clusters[:20]:
        for article in as_articles(cluster["documents"]):
            for piece in _SENTENCE.findall(article.text):
                words = re.findall(r"\w+", piece.lower())
                lines.append(" " + " ".join(words) + " ")
    return lines


def _changed(line: str, at: int, how: str) -> str:
    """`line` with its word `at` replaced ("swap"), taken out ("drop") or a word put before
    it ("add")."""
    words = line.split()
    if how == "swap":
        words[at] = "bakery"
    elif how == "drop":
        del words[at]
    else:
        words.insert(at, "bakery")
    return " " + " ".join(words) + " "


def _three_pieces(line: str, at: int) -> tuple[str, str]:
    """`line` with a word put in after its word `at` + 2, and its nine words from `at` with
    another put in after the sixth: the two share those nine words only in three pieces of
    three, each line's run of ten with one word left out."""
    words = line.split()
    one = [*words[: at + 3], "bakery", *words[at + 3 :]]
    other = [*words[at : at + 6], "store", *words[at + 6 : at + 9]]
    return " " + " ".join(one) + " ", " " + " ".join(other) + " "


def test_runs_built_by_zip_are_the_runs_read_step_by_step(validation_clusters):
    lines = _lines(validation_clusters)
    assert len(lines) > 1000
    for line in lines:
        assert timeline_reprinted._runs(line) == _runs_step_by_step(line)
    # lines too short for a run, for one with a blank, and for the longer ones
    for count in range(12):
        line = " " + " ".join(["five", "5", "the"][n % 3] for n in range(count)) + " "
        assert timeline_reprinted._runs(line) == _runs_step_by_step(line)


def test_lines_share_a_run_as_when_every_pair_was_read(validation_clusters):
    """Each line against the next two and against its copies changed at each of its words:
    the answer is that of the runs read step by step, with no three-word test before."""
    lines = [line for line in _lines(validation_clusters) if line.count(" ") > 6]
    runs = timeline_reprinted._runs_of_a_call()
    shared = apart = pieces = 0
    for n, line in enumerate(lines[:150]):
        pairs = [(line, other) for other in lines[n + 1 : n + 3]]
        for at in range(0, len(line.split()), 3):
            pairs += [(line, _changed(line, at, how)) for how in ("swap", "drop", "add")]
            if at + 9 <= len(line.split()):
                pairs.append(_three_pieces(line, at))
        for one, other in pairs:
            expected = not _runs_step_by_step(one).isdisjoint(_runs_step_by_step(other))
            assert timeline_reprinted._shares_a_run(one, other, runs) == expected
            assert timeline_reprinted._shares_a_run(other, one, runs) == expected
            shared += expected
            apart += not expected
            pieces += expected and "store" in other
    assert shared > 1000 and apart > 200 and pieces > 500
