"""The thirty-third speed pass's shortcut gives what the reading it stands for gave, on real
text: two timeline lines are compared by their runs of words (timeline_reprinted) only when
they share three words in a row, and each line's runs are built by `zip`; the runs and the
answers are those of the step-at-a-time reading before the pass, for real sentences and for
copies with a word put in, taken out or replaced (which share a run only around it), and
pairs sharing nine words only in three pieces of three. A page writing fewer colons than a
transcript's four labelled turns (quote_transcripts) is no transcript, as reading its labels
found; where quotation marks open words is read as before (quote_asides)."""

from __future__ import annotations

import re
from collections import Counter

from chorus.analyze import quote_transcripts, timeline_reprinted
from chorus.analyze.quote_asides import opens_quotation
from chorus.analyze.timeline_reprinted import RUN
from chorus.api import as_articles
from chorus.language.quote_marks import OPEN
from chorus.model import Document, Span
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters

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


def _labels_twice(text: str) -> bool:
    """The reading the colon count spares: two labels each opening two turns or more."""
    found = (
        quote_transcripts._turn(text, match) for match in quote_transcripts._LABEL.finditer(text)
    )
    opened = Counter(turn.name.split()[-1] for turn in found if turn)
    return sum(count >= quote_transcripts._TURNS for count in opened.values()) >= 2


def _rows(text: str) -> dict:
    """`turns` over a page's sentences, with no quote pattern's cue."""
    article = as_articles([text])[0]
    sentences = split(Document(article, (Span(0, len(text)),)))
    return quote_transcripts.turns(sentences, [()] * len(sentences))


def test_a_page_with_fewer_colons_than_four_turns_is_no_transcript():
    """Every page of raw validation's 250 clusters: one writing fewer than four colons has
    no two labels opening two turns each; raw 144's and 91's transcripts (0-based) have, and
    a page of four of raw 0's lines under two labels, four colons, gives rows where three do not."""
    clusters = read_clusters(RAW_VALIDATION, 250)
    pages = [text for cluster in clusters for text in cluster["documents"]]
    spared = [text for text in pages if text.count(":") < 4]
    assert len(spared) > 500
    assert not any(_labels_twice(text) for text in spared)
    for number in (144, 91):
        assert any(_labels_twice(text) and _rows(text) for text in clusters[number]["documents"])
    plain = (
        line.strip()
        for line in _SENTENCE.findall(clusters[0]["documents"][0])
        if not quote_transcripts._SPEECH.search(line) and not set(line) & set('“”":')
    )
    lines = [line for line in plain if line.count(" ") >= 8][:4]
    page = "".join(
        f"{name}: {line}\n" for name, line in zip(["SMITH", "JONES"] * 2, lines, strict=True)
    )
    assert page.count(":") == 4 and len(_rows(page)) == 4
    assert _rows(page.split("\n", 1)[1]) == {}


def test_words_open_on_a_quotation_mark_as_before(validation_clusters):
    """At every place around every quotation mark of 50 raw clusters' pages, and at each
    page's ends, as the test of both places by a generator read it."""
    marks = 0
    for cluster in validation_clusters:
        for text in cluster["documents"]:
            places = {-1, 0, 1, len(text) - 1, len(text), len(text) + 1}
            for at, character in enumerate(text):
                if character in OPEN:
                    places.update((at - 1, at, at + 1, at + 2))
                    marks += 1
            for start in places:
                old = any(0 <= a < len(text) and text[a] in OPEN for a in (start - 1, start))
                assert opens_quotation(text, start) == old
    assert marks > 1000
