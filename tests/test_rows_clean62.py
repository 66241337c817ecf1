"""Every analysis row shown past its wire dateline, as the summary shows its sentences
(clean62, stop 52): reader93 found Agreed's "ROME — In his narrowest escape yet, ..." (raw
validation 78) and "NEW YORK, May 18 (UPI) -- Art supply company Crayola ..." (63), and the
timeline's "OSAN AIR BASE, South Korea (AFNS) -- South Korea and U.S. ..." (104), after
clean58 had taken the datelines off the summary's sentences only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chorus.analyze.model import Analysis, Excerpt
from chorus.analyze.rows_shown import Shown, timeline_shown
from chorus.model import Briefing, Sentence
from chorus.render.markdown import to_markdown
from chorus.summarize.shown import DATELINE, without_dateline
from tests.briefings import briefing


def _rows(found: Briefing) -> list[Sentence]:
    """Every sentence a row of the analysis sections shows, lead-ins too."""
    analysis = found.analysis
    assert analysis is not None
    return [
        *(s for f in (*analysis.agreed, *analysis.unique) for s in (*f.context, *f.sentences)),
        *(s for c in analysis.conflicts for s in (*c.side_a, *c.side_b)),
        *(s for q in analysis.quotes for s in q.context),
        *(s for e in analysis.timeline for s in (*e.context, e.sentence, *e.copies)),
    ]


def _after(sentence: Sentence, dateline: str) -> bool:
    """Whether the article writes `dateline` right before the span shown."""
    return sentence.article.text[: sentence.start].endswith(dateline)


def _statements(analysis: Analysis) -> list[Sentence]:
    return [f.statement for f in analysis.agreed]


def _supports(analysis: Analysis) -> list[Sentence]:
    return [s for f in analysis.agreed for s in f.support]


def _sides(analysis: Analysis) -> list[Sentence]:
    return [s for c in analysis.conflicts for s in (*c.side_a, *c.side_b)]


def _lead_ins(analysis: Analysis) -> list[Sentence]:
    return [s for q in analysis.quotes for s in q.context]


SHOWN_PAST = [
    # reader93's Agreed statement and support
    (78, _statements, "narrowest escape yet", "ROME — ", "In his narrowest escape yet, Prime"),
    (63, _supports, "Art supply", "NEW YORK, May 18 (UPI) -- ", "Art supply company Crayola is"),
    # a conflict's side and a quote's lead-in
    (187, _sides, "row house", "PHILADELPHIA (Reuters) - ", "Eight people including three"),
    (110, _lead_ins, "heavy weapons", "PARIS (AP) — ", "An Islamic extremist with an arsenal"),
]
"""(raw line, the rows read, words of the row, its dateline, the words it opens on)."""


@pytest.mark.parametrize(("line", "rows", "words", "dateline", "opening"), SHOWN_PAST)
def test_a_row_is_shown_past_its_dateline(line, rows, words, dateline, opening):
    found = next(s for s in rows(briefing("raw", line).analysis) if words in s.text)
    assert found.text.startswith(opening), found.text
    assert _after(found, dateline)


def test_a_timeline_row_is_shown_past_its_dateline_with_its_note():
    found = briefing("raw", 104)
    entry = next(e for e in found.analysis.timeline if "Key Resolve" in e.sentence.text)
    assert entry.sentence.text.startswith("South Korea and U.S. military forces participated")
    assert _after(entry.sentence, "OSAN AIR BASE, South Korea (AFNS) -- ")
    assert (
        "- 8 March 2017 (March 8 to 23, 2017): South Korea and U.S. military forces"
        in to_markdown(found)
    )


def test_no_row_of_these_briefings_opens_on_a_dateline():
    # Clusters whose rows showed one at main 46d5db94, in each section: Agreed (raw 78, 63,
    # DUC 18's six "ANKARA, Turkey (AP) _ "), Only in one (raw 241, DUC 10), Conflicts (raw
    # 58, 153, DUC 2), Who said what's lead-ins (raw 34, DUC 4), the timeline (raw 104, 7,
    # 244, DUC 13)
    clusters = [("raw", n) for n in (78, 63, 241, 58, 153, 34, 104, 7, 244)]
    clusters += [("duc", n) for n in (18, 10, 2, 4, 13)]
    for corpus, line in clusters:
        rows = _rows(briefing(corpus, line))
        assert rows, (corpus, line)
        assert [s.text[:60] for s in rows if DATELINE.match(s.text)] == [], (corpus, line)


def test_a_timeline_row_dated_by_its_dateline_keeps_it():
    # No raw or DUC row is dated by its dateline's own date; were one, its note reads the
    # words around the date in the sentence shown, so the sentence stays whole.
    sentence = next(
        s
        for f in briefing("raw", 63).analysis.agreed
        for s in f.support
        if "Art supply company Crayola" in s.text
    )
    whole = replace(sentence, start=sentence.start - len("NEW YORK, May 18 (UPI) -- "))
    assert without_dateline(whole).start == sentence.start
    day = whole.text.index("May 18")
    entry = next(iter(briefing("raw", 104).analysis.timeline))
    dated = replace(
        entry,
        sentence=whole,
        expression=Excerpt(whole.article, whole.start + day, whole.start + day + 6),
        context=(),
        copies=(),
    )
    (kept,) = timeline_shown([dated], Shown())
    assert kept.sentence is whole
