"""A transcript's turns: a paragraph opening on a speaker's label, a run of capitals naming
them and a colon ("PRESIDENT OBAMA: Well, I don't think ...", raw validation 144's ABC
interview; "MICHEL MARTIN, HOST:" on a line of its own, the turn the paragraph after it,
then "MARTIN: ...", 91's NPR piece), is that speaker's words. A turn's row is its longest run
of sentences that tell of no one's saying and quote no one (`_own`), and each speaker keeps
their three longest rows. A page is a transcript only where two labels open two turns or
more each: a lone "UPDATE:", "WATCH:" or a newsletter's section heads ("EXCLUSIVE: ABA'S
KEATING RIPS OBAMA - ...", each once) name no speaker, and a heading's words after the colon
are capitals too ("LUPICA: LEBRON'S HEAT WILL TORMENT KNICKS ...")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from chorus.analyze.attribution import Attribution
from chorus.language.quote_marks import CLOSE, OPEN
from chorus.model import Sentence

_LABEL = re.compile(
    r"^(?P<label>(?P<name>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,3})"
    r"(?:, (?P<role>[A-Z][A-Z ]{1,30}))?):(?: (?P<words>.*\S)|\s*$)",
    re.MULTILINE,
)
"""A line opening on a label: up to four words in capitals, maybe a role after a comma, a
colon, then the turn's words or nothing (the turn is the paragraph after it)."""
_HEADING_WORDS = re.compile(r"[A-Z][A-Z’'.-]+ [A-Z][A-Z’'.-]+")
"""Two words in capitals opening the words after the colon: a heading's ("PHOTOS: LEBRON,
HEAT WIN NBA TITLE"), not a speaker's ("I kept telling ...")."""
_TITLES = frozenset({"PRESIDENT", "SEN.", "SENATOR", "GOV.", "REP.", "DR.", "MR.", "MRS.", "MS."})
"""A title the label names the speaker with ("PRESIDENT OBAMA"), taken off the name and
given as the role."""
_SPEECH = re.compile(r"\b(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked)\b")
"""A speech word the quote patterns' cues leave out: "they'll say mine", "the banks, who say
to themselves", "I should say happy anniversary"."""
_TURNS = 2
"""Turns two labels open each on a transcript page."""
_ROWS = 3
"""Rows a speaker's turns give at most, the longest: a transcript prints every exchange
(raw 144's interview, 71 turns, gave 71 rows, most a line of "Yeah" or a question cut off),
a briefing a few of each speaker's words."""


@dataclass(frozen=True, slots=True)
class _Turn:
    name: str
    role: str | None
    label_start: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Run:
    """A turn's longest run of its speaker's own sentences: indexes `first` to `last`, the
    words from `start` (the turn's start, where the run opens the turn) to `end`."""

    turn: _Turn
    first: int
    last: int
    start: int
    end: int


def turns(
    sentences: Sequence[Sentence], cues: Sequence[tuple[str, ...]]
) -> dict[int, tuple[Attribution, Sentence]]:
    """The rows of a transcript page (`cues`: each sentence's quote patterns worth trying),
    by the index of the sentence each opens in: a turn's longest run of its speaker's own
    sentences as one attribution to the label's speaker, its sentences as one (a view from
    the first one's start, as `quote_rows` joins a quotation the splitter cut), each
    speaker's `_ROWS` longest. None unless two labels open `_TURNS` turns or more each."""
    text = sentences[0].article.text if sentences else ""
    # each turn's label writes a colon: most pages (499 of raw's 637 read here) write fewer
    # than two labels' turns need, and are spared the labels' search
    if text.count(":") < 2 * _TURNS:
        return {}
    found = [turn for match in _LABEL.finditer(text) if (turn := _turn(text, match))]
    opened = Counter(turn.name.split()[-1] for turn in found)
    if sum(count >= _TURNS for count in opened.values()) < 2:
        return {}
    runs = [run for turn in found if (run := _run(sentences, cues, turn))]
    rows = {}
    for run in _longest(runs):
        turn = run.turn
        words = Attribution(turn.name, turn.label_start, turn.role, run.start, run.end)
        rows[run.first] = (words, replace(sentences[run.first], end=sentences[run.last].end))
    return rows


def _own(sentence: Sentence, cued: tuple[str, ...]) -> bool:
    """Whether a sentence of a turn is its speaker's own words: no speech word (a cue of the
    quote patterns', `cued`, or `_SPEECH`) and no quotation mark. "And she says she will
    keep pushing ..." (91's host), "Back in July-- Secretary of Defense Leon Panetta said
    that ...", "“These are the types of things government should get involved in ...”"
    (a viewer's question read out, 144) tell another's words, whose own row, if any, the
    sentence's attribution gives."""
    words = sentence.text
    return (
        not cued and not any(mark in words for mark in OPEN + CLOSE) and not _SPEECH.search(words)
    )


def _run(
    sentences: Sequence[Sentence], cues: Sequence[tuple[str, ...]], turn: _Turn
) -> _Run | None:
    """The turn's longest run of its speaker's own sentences (`_own`), or None."""
    best: _Run | None = None
    first: int | None = None
    for n, sentence in enumerate(sentences):
        inside = sentence.end > turn.start and sentence.start < turn.end
        if inside and _own(sentence, cues[n]):
            first = n if first is None else first
            start = max(sentences[first].start, turn.start)
            run = _Run(turn, first, n, start, min(sentence.end, turn.end))
            if best is None or run.end - run.start > best.end - best.start:
                best = run
        else:
            first = None
        if sentence.start >= turn.end:
            break
    return best


def _longest(runs: Sequence[_Run]) -> list[_Run]:
    """Each speaker's `_ROWS` longest runs, in the page's order."""
    by_speaker: dict[str, list[_Run]] = {}
    for run in runs:
        by_speaker.setdefault(run.turn.name.split()[-1], []).append(run)
    kept = {
        run.start
        for said in by_speaker.values()
        for run in sorted(said, key=lambda r: r.start - r.end)[:_ROWS]
    }
    return [run for run in runs if run.start in kept]


def _turn(text: str, match: re.Match[str]) -> _Turn | None:
    """The turn a label opens: its words on the label's line, or the next paragraph where the
    label stands alone; None where the words are a heading's or no paragraph follows."""
    words = match["words"]
    if words is not None:
        start, end = match.start("words"), match.end("words")
    else:
        after = re.search(r"\S[^\n]*", text[match.end() :])
        if after is None:
            return None
        start, end = match.end() + after.start(), match.end() + after.end()
        words = after[0]
        if _LABEL.match(words):
            return None
    if _HEADING_WORDS.match(words) or not any(c.islower() for c in words[:40]):
        return None
    titles = [w for w in match["name"].split() if w in _TITLES]
    name = " ".join(w for w in match["name"].split() if w not in _TITLES)
    if not name:
        return None
    role = match["role"] or (titles[0].rstrip(".") if titles else None)
    return _Turn(name.title(), role.lower() if role else None, match.start(), start, end)
